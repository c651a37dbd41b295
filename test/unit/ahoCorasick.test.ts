import * as assert from 'node:assert/strict';
import { AhoCorasick } from '../../src/core/reanchor/ahoCorasick';
import { FoldedWordMatcher } from '../../src/core/recognizer/wordMatcher';
import { foldString, foldText, isWordCode } from '../../src/core/text/fold';

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

/** Whole-word matches as `pattern:start-end` in the original, the way they were first found: fold the whole text, scan, map back. */
function foldedReference(patterns: string[], text: string): string[] {
  const { text: folded, origin } = foldText(text);
  const ac = new AhoCorasick(patterns);
  const out: string[] = [];
  ac.forEachMatch(folded, (p, end) => {
    const start = end - ac.patternLengths[p];
    if (end < folded.length && isWordCode(folded.charCodeAt(end))) return;
    if (start > 0 && isWordCode(folded.charCodeAt(start - 1))) return;
    out.push(`${patterns[p]}:${origin[start]}-${origin[end]}`);
  });
  return out.sort();
}

function wordMatches(patterns: string[], text: string, matcher = new FoldedWordMatcher(patterns)): string[] {
  const found = matcher.findAll(text);
  const out: string[] = [];
  for (let k = 0; k < found.count; k++) {
    // Sorted by start, longest first.
    if (k > 0) assert.ok(found.start[k - 1] < found.start[k] || (found.start[k - 1] === found.start[k] && found.end[k - 1] > found.end[k]), `order at ${k}`);
    out.push(`${patterns[found.pattern[k]]}:${found.start[k]}-${found.end[k]}`);
  }
  return out.sort();
}

describe('folded whole-word matcher', () => {
  it('folds case and diacritics while reading, and keeps original offsets', () => {
    const patterns = ['biskek', 'emomali rahmon', 'strasse'];
    const text = '😀 Straße 𝕏 — BIŠKEK, Bis\u030Ckek and Emomali  Rahmon.';
    assert.deepEqual(wordMatches(patterns, text), foldedReference(patterns, text));
    assert.equal(wordMatches(patterns, text).length, 4);
  });

  it('matches whole words only, longest first at one start', () => {
    const patterns = ['security council', 'security', 'council', 'un'];
    const text = 'the Security Council, securityx un-security council unx';
    assert.deepEqual(wordMatches(patterns, text), foldedReference(patterns, text));
  });

  it('handles patterns that start or end with punctuation, and long words', () => {
    const patterns = ["'ndrangheta", 'u.s.', 'u.s.a.', '--', 'washington, d.c.', 'abcdefghijklmnopqrstuvwxyz tail', 'x'];
    const text = "la 'Ndrangheta, l'ndrangheta; U.S. and U.S.A. and U.S.x -- --- Washington, D.C. abcdefghijklmnopqrstuvwxyz  tail x";
    assert.deepEqual(wordMatches(patterns, text), foldedReference(patterns, text));
  });

  it('tells apart words that end alike, however long the shared ending', () => {
    // A word's hash keeps only its last sixteen units: longer words that end alike share it, and
    // the units and the word's start must still tell them apart.
    const long = 'abcdefghijklmnop';
    const patterns = ['sandrov', 'aleksandrov ivan', long, `${long} end`, `q${long}`];
    const text = `Aleksandrov Ivan, sandrov, xsandrov, Z${long} end, ${long.toUpperCase()} end, zz${long} q${long}`;
    const found = wordMatches(patterns, text);
    assert.deepEqual(found, foldedReference(patterns, text));
    assert.deepEqual(found, ['abcdefghijklmnop end:60-80', 'abcdefghijklmnop:60-76', 'aleksandrov ivan:0-16', 'qabcdefghijklmnop:101-118', 'sandrov:18-25']);
  });

  it('agrees with folding the whole text first, on random texts', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const pieces = ['a', 'b', 'ab', 'Á', 'ß', '\u0301', ' ', '  ', '\t', '.', "'", '’', '-', '😀', '𝕏', 'й', 'Й', '\u00a0', 'æ', 'x', 'B', '\ud800'];
    const separators = [' ', '. ', '-', "'", '.'];
    const word = () => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(['a', 'b', 'ab', 'ss', 'й', 'ae', 'x', 'abababababab'])).join('');
    for (let round = 0; round < 300; round++) {
      const raw = Array.from({ length: 1 + Math.floor(random() * 12) }, () => {
        let p = word();
        for (let w = Math.floor(random() * 3); w > 0; w--) p += pick(separators) + word();
        if (random() < 0.1) p = pick(["'", '.', '-']) + p;
        if (random() < 0.1) p += pick(['.', "'"]);
        return p;
      });
      const patterns = [...new Set(raw.map(foldString).filter((p) => p.length > 0))];
      const text = Array.from({ length: 80 }, () => pick(pieces)).join('');
      const matcher = new FoldedWordMatcher(patterns);
      assert.deepEqual(wordMatches(patterns, text, matcher), foldedReference(patterns, text), `round ${round}: ${JSON.stringify(patterns)} in ${JSON.stringify(text)}`);
      // A second text through the same matcher: what it learned of the first must not matter.
      const again = Array.from({ length: 60 }, () => pick(pieces)).join('') + ' ' + patterns.join(' ');
      assert.deepEqual(wordMatches(patterns, again, matcher), foldedReference(patterns, again), `round ${round}, again`);
    }
  });

  it('agrees with folding the whole text first when many patterns share their words', () => {
    // Words shared between patterns take one entry of the matcher's table each: the table, sized
    // for every word first, is then moved into a smaller one, and must find the same.
    let seed = 5;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const words = ['ivan', 'petrov', 'anna', 'rossi', 'del', 'ministero', 'ab', 'й'];
    for (let round = 0; round < 20; round++) {
      const raw = Array.from({ length: 50 + Math.floor(random() * 200) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(words)).join(pick([' ', ' ', '-', '. '])) + (random() < 0.1 ? '.' : ''),
      );
      const patterns = [...new Set(raw.map(foldString))];
      const text = Array.from({ length: 120 }, () => pick([...words, ' ', ' ', '. ', '-', 'x', 'ß'])).join('');
      assert.deepEqual(wordMatches(patterns, text), foldedReference(patterns, text), `round ${round}`);
    }
  });

  it('agrees with folding the whole text first when no two patterns share a word, long words among them', () => {
    // Every word takes an entry of its own, none is shared. Long words are kept outside the
    // table, in a store that grows as they come.
    let seed = 9;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (const count of [15, 700, 1500, 3000]) {
      const patterns = Array.from({ length: count }, (_, i) => (random() < 0.3 ? `longer${'x'.repeat(1 + Math.floor(random() * 20))}${i}` : `w${i.toString(36)}`));
      const text = Array.from({ length: 400 }, () => (random() < 0.8 ? patterns[Math.floor(random() * count)].toUpperCase() : 'nothing')).join(random() < 0.5 ? ' ' : ', ');
      const found = wordMatches(patterns, text);
      assert.deepEqual(found, foldedReference(patterns, text), `${count} patterns`);
      assert.ok(found.length >= 250, `${count} patterns: ${found.length} found`);
    }
  });
});

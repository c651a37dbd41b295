// The typo finder remembers what each word is a slip of and checks a word's surroundings only for
// the rare word that is one. Its answers must be those of the finder that checked every word in
// full, kept here as the reference, on the seeds, the evaluation corpus and texts full of slips,
// with one finder reading them all in turn, so that what it remembers from one text meets the next.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { generatedKnowledgeBase } from '../../bench/corpus/knowledgeBase';
import { readEvaluationCorpus } from '../../bench/evaluation/corpus';
import { allNames, bundledKnowledgeBase, type KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { EntityMatcher } from '../../src/core/recognizer/entityMatcher';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import type { Mention } from '../../src/core/recognizer/mention';
import { isSlipOf, oneEditApart, TypoFinder } from '../../src/core/recognizer/typos';
import { foldString, isWordCode } from '../../src/core/text/fold';
import { prng } from '../fuzz/editScripts';

const MIN_LETTERS = 7;

function isCapital(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code >= 0x400 && code <= 0x42f) return true;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}

function deletions(s: string): string[] {
  const out = [s];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

interface PlaceName {
  folded: string;
  id: string;
  name: string;
}

/** The finder as it was before it remembered words: every check, in full, for every word. */
class ReferenceTypoFinder {
  private readonly byDeletion = new Map<string, PlaceName[]>();
  private readonly known = new Set<string>();
  private readonly initials = new Set<string>();
  private longest = 0;

  constructor(knowledgeBase: KnowledgeBase) {
    for (const entity of knowledgeBase.entities()) {
      for (const name of allNames(entity)) this.known.add(foldString(name));
      if (entity.type === 'place') for (const list of Object.values(entity.demonyms ?? {})) for (const d of list) this.known.add(foldString(d));
    }
    for (const entity of knowledgeBase.entities()) {
      if (entity.type !== 'place') continue;
      for (const name of allNames(entity)) {
        const folded = foldString(name);
        if (folded.length < MIN_LETTERS || !/^\p{L}+$/u.test(folded)) continue;
        const place = { folded, id: entity.id, name: entity.name };
        this.initials.add(folded[0]);
        this.longest = Math.max(this.longest, folded.length);
        for (const d of new Set(deletions(folded))) {
          const list = this.byDeletion.get(d);
          if (!list) this.byDeletion.set(d, [place]);
          else if (!list.some((p) => p.id === place.id)) list.push(place);
        }
      }
    }
  }

  find(text: string, taken: (start: number, end: number) => boolean): Mention[] {
    const found: Mention[] = [];
    for (let i = 0; i < text.length; ) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
      if (j - i >= MIN_LETTERS && isCapital(text.charCodeAt(i))) {
        const place = this.placeAt(text, i, j, taken);
        if (place) found.push({ start: i, end: j, text: text.slice(i, j), type: 'place', id: place.id, name: place.name, approximate: true });
      }
      i = j;
    }
    return found;
  }

  private placeAt(text: string, start: number, end: number, taken: (start: number, end: number) => boolean): PlaceName | undefined {
    if (end - start > this.longest + 1 || taken(start, end)) return undefined;
    if (/^[ \u00a0]\p{Lu}/u.test(text.slice(end, end + 3))) return undefined;
    const folded = foldString(text.slice(start, end));
    if (!/^\p{L}+$/u.test(folded) || !this.initials.has(folded[0]) || this.known.has(folded)) return undefined;
    const places = new Map<string, PlaceName>();
    for (const d of deletions(folded)) {
      for (const place of this.byDeletion.get(d) ?? []) {
        if (isSlipOf(place.folded, folded)) places.set(place.id, place);
      }
    }
    return places.size === 1 ? [...places.values()][0] : undefined;
  }
}

/** `text` with one slip (a letter dropped, doubled, swapped or changed) in about half its long capitalised words. */
function withSlips(text: string, next: () => number): string {
  return text.replace(/\p{Lu}\p{L}{6,}/gu, (word) => {
    if (next() < 0.5) return word;
    const at = 1 + Math.floor(next() * (word.length - 2));
    switch (Math.floor(next() * 4)) {
      case 0:
        return word.slice(0, at) + word.slice(at + 1);
      case 1:
        return word.slice(0, at) + word[at] + word.slice(at);
      case 2:
        return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
      default:
        return word.slice(0, at) + 'aeiou'[Math.floor(next() * 5)] + word.slice(at + 1);
    }
  });
}

describe('the typo finder against the one that checked every word in full', () => {
  const knowledgeBase = bundledKnowledgeBase();
  const recognizer = new Recognizer(knowledgeBase);
  const seedsFolder = path.join(__dirname, '../../../seeds');
  const originals = [
    ...readdirSync(seedsFolder)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((n) => readFileSync(path.join(seedsFolder, n), 'utf8')),
    ...readEvaluationCorpus().map((a) => a.text),
  ];

  it('finds the same slips, where the same words are taken, in every text read in turn', () => {
    const next = prng(14);
    const texts = originals.flatMap((text) => [text, withSlips(text, next), withSlips(text, next)]);
    // The same slip taken in one text and free in the next, before a capitalised word and not.
    texts.push('The Kazakshtan Airlines flight; in Kazakshtan.', 'In Kazakshtan. The Kazakshtan Airlines flight.');
    const matcher = new EntityMatcher(knowledgeBase);
    const finder = new TypoFinder(knowledgeBase, (folded) => matcher.isWrittenName(folded));
    const reference = new ReferenceTypoFinder(knowledgeBase);
    let slips = 0;
    for (const text of texts) {
      const entities = recognizer.entities(text);
      // Once with the known entities' spans taken, once also with the words that start at an offset
      // divisible by three, so that the same word is taken in one place and free in another.
      for (const takeMore of [false, true]) {
        const taken = (start: number, end: number) => entities.some((m) => m.start < end && start < m.end) || (takeMore && start % 3 === 0);
        const expected = reference.find(text, taken);
        // The reference knows one-word places only; names of several words with a slip in their
        // first word are found by a rule of their own (typos.test.ts).
        const oneWord = finder.find(text, taken).filter((m) => !/\s/.test(m.text));
        assert.deepEqual(oneWord, expected);
        slips += expected.length;
      }
    }
    // The texts must have had slips to find, or the comparison says little.
    assert.ok(slips > 20, `only ${slips} slips in the texts`);
  });
});

describe('the typo finder’s memory of the words it looked up', () => {
  it('answers as the reference for thousands of different words, each met twice, as its memory grows', () => {
    const knowledgeBase = bundledKnowledgeBase();
    const matcher = new EntityMatcher(knowledgeBase);
    const finder = new TypoFinder(knowledgeBase, (folded) => matcher.isWrittenName(folded));
    const reference = new ReferenceTypoFinder(knowledgeBase);
    // Every place name of one long word with a letter dropped and with one doubled: words one
    // edit from different places, each remembered with its own answer.
    const names = new Set(knowledgeBase.ofType('place').flatMap((place) => allNames(place).filter((name) => /^\p{Lu}\p{L}{6,}$/u.test(name))));
    const words = new Set<string>();
    for (const name of names) for (let at = 1; at < name.length; at++) words.add(name.slice(0, at) + name.slice(at + 1)).add(name.slice(0, at) + name[at] + name.slice(at));
    assert.ok(words.size > 2000, `only ${words.size} words`);
    const text = [...words].join('. ');
    const nothingTaken = () => false;
    const expected = reference.find(text, nothingTaken);
    assert.ok(expected.length > 500, `only ${expected.length} slips`);
    for (let time = 0; time < 2; time++) assert.deepEqual(finder.find(text, nothingTaken), expected);
  });
});

/** A name of several words as the finder first kept it: by each deletion of its first word, in a list. */
interface LongerName {
  first: string;
  rest: string;
  id: string;
}

/** The finder of names of several words as it was: a list of names for every deletion of every first word. */
class ReferenceLongerNames {
  readonly names: LongerName[] = [];
  private readonly byDeletion = new Map<string, LongerName[]>();
  private readonly known = new Set<string>();

  constructor(knowledgeBase: KnowledgeBase) {
    for (const entity of knowledgeBase.entities()) {
      for (const name of allNames(entity)) this.known.add(foldString(name));
      if (entity.type === 'place') for (const list of Object.values(entity.demonyms ?? {})) for (const d of list) this.known.add(foldString(d));
      if (entity.type !== 'place' && entity.type !== 'organization') continue;
      for (const name of allNames(entity)) {
        const folded = foldString(name);
        const first = /^\p{L}+/u.exec(folded)?.[0];
        if (!first || first.length < MIN_LETTERS || first.length === folded.length || !/^ \p{L}/u.test(folded.slice(first.length))) continue;
        const longer = { first, rest: folded.slice(first.length + 1), id: entity.id };
        this.names.push(longer);
        for (const d of new Set(deletions(first))) {
          const list = this.byDeletion.get(d);
          if (!list) this.byDeletion.set(d, [longer]);
          else list.push(longer);
        }
      }
    }
  }

  /** The names of several words with a slip in their first word, with nothing taken: [text, id]. */
  find(text: string): [string, string][] {
    const found: [string, string][] = [];
    let reached = 0;
    for (const word of text.matchAll(/\p{Lu}\p{L}{6,}(?= \p{Lu})/gu)) {
      const start = word.index;
      // The finder reads on after the name it found.
      if (start < reached) continue;
      const end = start + word[0].length;
      const folded = foldString(word[0]);
      if (this.known.has(folded)) continue;
      const matches = new Map<string, [string, string]>();
      for (const d of deletions(folded)) {
        for (const name of this.byDeletion.get(d) ?? []) {
          if (matches.has(name.id) || name.first[0] !== folded[0] || !oneEditApart(name.first, folded)) continue;
          const to = end + 1 + name.rest.length;
          if (foldString(text.slice(end + 1, to)) !== name.rest || isWordCode(text.charCodeAt(to))) continue;
          matches.set(name.id, [text.slice(start, to), name.id]);
        }
      }
      if (matches.size !== 1) continue;
      const [name] = matches.values();
      found.push(name);
      reached = start + name[0].length;
    }
    return found;
  }
}

describe('names of several words with a slip, against the finder that kept a list per deletion', () => {
  it('finds the same names, on the bundled entities and on generated ones that share long first words', () => {
    const next = prng(21);
    let names = 0;
    for (const knowledgeBase of [bundledKnowledgeBase(), generatedKnowledgeBase(3000, 7)]) {
      const matcher = new EntityMatcher(knowledgeBase);
      const finder = new TypoFinder(knowledgeBase, (folded) => matcher.isWrittenName(folded));
      const reference = new ReferenceLongerNames(knowledgeBase);
      // Each name once, its first word with a slip (or as written), its rest as written or cut short, in a sentence of its own.
      for (const longer of reference.names) {
        const first = longer.first[0].toUpperCase() + longer.first.slice(1);
        const written = next() < 0.8 ? withSlips(first, next) : first;
        const rest = longer.rest.replace(/(^|\s)\p{L}/gu, (s) => s.toUpperCase());
        const text = `Delegates of the ${written} ${next() < 0.8 ? rest : rest.split(' ')[0]} met.`;
        const expected = reference.find(text);
        const actual = finder.find(text, () => false).flatMap((m): [string, string][] => (/\s/.test(m.text) ? [[m.text, m.id!]] : []));
        assert.deepEqual(actual, expected, text);
        names += expected.length;
      }
    }
    assert.ok(names > 500, `only ${names} names found`);
  });
});

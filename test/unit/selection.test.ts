// What a selection annotates: the name without the spaces and punctuation a hand takes along, and
// with nothing selected, the word at the cursor.
import * as assert from 'node:assert/strict';
import { trimSelection, wordAt } from '../../src/core/annotation/selection';

/** The text `trimSelection` keeps of `selected`, selected in the middle of a sentence. */
function kept(selected: string): string {
  const text = `Before ${selected} after`;
  const start = 'Before '.length;
  const span = trimSelection(text, start, start + selected.length);
  return text.slice(span.start, span.end);
}

describe('the span a selection annotates', () => {
  it('leaves out spaces, commas, stops, quotes and brackets around a name', () => {
    assert.equal(kept(' Interaction-2024, '), 'Interaction-2024');
    assert.equal(kept('“Nerushimoe bratstvo”'), 'Nerushimoe bratstvo');
    assert.equal(kept('(CSTO)'), 'CSTO');
    assert.equal(kept('«ОДКБ».'), 'ОДКБ');
    assert.equal(kept('"Interaction-2024"'), 'Interaction-2024');
    assert.equal(kept('Rossi.'), 'Rossi');
    assert.equal(kept('Lukashenko;\n'), 'Lukashenko');
    assert.equal(kept(' — Tokayev —'), 'Tokayev');
  });

  it('keeps what belongs to the name: an initial\'s stop, brackets and quotes opened in it', () => {
    assert.equal(kept('Washington D.C.'), 'Washington D.C.');
    assert.equal(kept('J.'), 'J.');
    assert.equal(kept('учения «Взаимодействие»'), 'учения «Взаимодействие»');
    assert.equal(kept('Interaction (CSTO exercise)'), 'Interaction (CSTO exercise)');
    assert.equal(kept("O'Neill"), "O'Neill");
  });

  it('gives an empty span for a selection of spaces and punctuation only', () => {
    const text = 'a , b';
    for (const [start, end] of [
      [1, 4],
      [4, 1],
    ]) {
      const span = trimSelection(text, start, end);
      assert.equal(span.start, span.end, `nothing is left of "${text.slice(1, 4)}"`);
    }
    assert.deepEqual(trimSelection('a (b) c', 5, 2), { start: 3, end: 4 }, 'a selection made backwards is read forwards');
  });
});

describe('the word at the cursor', () => {
  const text = 'the Interaction-2024 exercise, in Nur-Sultan.';
  const word = (offset: number) => {
    const span = wordAt(text, offset);
    return span && text.slice(span.start, span.end);
  };

  it('takes the whole word, joined by hyphens and apostrophes, from anywhere in it or right after it', () => {
    assert.equal(word(text.indexOf('action')), 'Interaction-2024');
    assert.equal(word(text.indexOf('2024')), 'Interaction-2024');
    assert.equal(word(text.indexOf(' exercise')), 'Interaction-2024', 'right after the word');
    assert.equal(word(text.indexOf('Sultan') + 6), 'Nur-Sultan');
  });

  it('is nothing between words', () => {
    assert.equal(word(text.indexOf(', in') + 1), undefined);
  });
});

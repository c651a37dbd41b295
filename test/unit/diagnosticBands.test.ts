// An article's diagnostics shared among collections band by band: none over what VS Code shows
// of one collection in a file, and an edit changes only the bands around it.
import * as assert from 'node:assert/strict';
import { BAND_SIZE, linesPerBand, sameSlot, SHOWN_PER_FILE, slotsOf } from '../../src/editor/annotation/diagnosticBands';

interface Item {
  line: number;
  name: string;
}

const lineOf = (item: Item) => item.line;

/** `perLine` items on each of `lines` lines. */
function items(lines: number, perLine: number): Item[] {
  const all: Item[] = [];
  for (let line = 0; line < lines; line++) for (let k = 0; k < perLine; k++) all.push({ line, name: `${line}.${k}` });
  return all;
}

describe('diagnostic bands', () => {
  it('keeps a short article in one band, as one collection', () => {
    const article = items(40, 2);
    const lines = linesPerBand(article.length, 40);
    const slots = slotsOf(article, lineOf, 40, lines);
    assert.equal(slots.length, 1);
    assert.deepEqual(slots[0], article);
  });

  it('shares a long article among bands of about BAND_SIZE, none over what VS Code shows, every item once and in order', () => {
    // 829 lines and 1,788 mentions: the 100 KB article of the benchmarks.
    const article = items(829, 2).concat(items(130, 1)).sort((a, b) => a.line - b.line);
    const lines = linesPerBand(article.length, 829);
    assert.equal(lines & (lines - 1), 0, 'a power of two');
    const slots = slotsOf(article, lineOf, 829, lines);
    assert.ok(slots.length > 4, `${slots.length} bands`);
    for (const slot of slots) assert.ok(slot.length <= 2 * BAND_SIZE && slot.length <= SHOWN_PER_FILE, `a band of ${slot.length}`);
    assert.deepEqual(slots.flat(), article);
  });

  it('splits a band over SHOWN_PER_FILE into several slots: a single line with 2,500 mentions', () => {
    const article = items(1, 2500);
    const slots = slotsOf(article, lineOf, 1, linesPerBand(article.length, 1));
    assert.deepEqual(slots.map((s) => s.length), [1000, 1000, 500]);
    assert.deepEqual(slots.flat(), article);
  });

  it('puts an item past the last line (an annotation whose text is gone) in the last band', () => {
    const slots = slotsOf([{ line: 5000, name: 'orphan' }, { line: 0, name: 'first' }], lineOf, 100, 16);
    assert.equal(slots.length, 7);
    assert.deepEqual(slots[6], [{ line: 5000, name: 'orphan' }]);
    assert.deepEqual(slots[0], [{ line: 0, name: 'first' }]);
  });

  it('keeps its lines per band while an edit adds or removes a few items, so that only the edited band changes', () => {
    const article = items(829, 2);
    const lines = linesPerBand(article.length, 829);
    const before = slotsOf(article, lineOf, 829, lines);
    // One more mention on line 400, as a keystroke may make.
    const edited = [...article.slice(0, 801), { line: 400, name: 'new' }, ...article.slice(801)];
    const kept = linesPerBand(edited.length, 829, lines);
    assert.equal(kept, lines);
    const after = slotsOf(edited, lineOf, 829, kept);
    const changed = after.map((slot, k) => (sameSlot(before[k], slot) ? -1 : k)).filter((k) => k >= 0);
    assert.deepEqual(changed, [Math.floor(400 / lines)]);
    // A tenfold change is not kept.
    assert.notEqual(linesPerBand(article.length * 10, 829, lines), lines);
  });

  it('tells slots apart by their items, not by equal-looking copies', () => {
    const a = { line: 1, name: 'a' };
    assert.ok(sameSlot([a], [a]));
    assert.ok(!sameSlot([a], [{ ...a }]));
    assert.ok(!sameSlot(undefined, []));
    assert.ok(!sameSlot([a], [a, a]));
  });
});

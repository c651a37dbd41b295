import * as assert from 'node:assert/strict';
import { CodePointIndex, codePointLength, isCodePointBoundary, trimBrokenSurrogates } from '../../src/core/text/codePoints';

/** The reference: Array.from splits a string into code points. */
function naiveToCodePoint(text: string, offset: number): number {
  return Array.from(text.slice(0, offset)).length;
}

describe('code points', () => {
  // 🇷🇺 (two regional indicators), 😀, 𝕏 (U+1D54F) and 𠀋 (CJK Extension B) are outside the BMP.
  const text = '🇷🇺 Putin, 😀 via 𝕏 News 𠀋 and Путин.';

  it('counts code points, not UTF-16 units', () => {
    assert.equal(text.length, 40);
    assert.equal(codePointLength(text), Array.from(text).length);
    assert.equal(new CodePointIndex(text).codePointLength, 35);
    assert.equal(codePointLength(''), 0);
  });

  it('converts UTF-16 offsets to code points and back at every boundary', () => {
    const index = new CodePointIndex(text);
    for (let u = 0; u <= text.length; u++) {
      if (!isCodePointBoundary(text, u)) continue;
      const cp = index.toCodePoint(u);
      assert.equal(cp, naiveToCodePoint(text, u), `offset ${u}`);
      assert.equal(index.toUtf16(cp), u, `code point ${cp}`);
    }
    for (let cp = 0; cp <= index.codePointLength; cp++) assert.equal(index.toCodePoint(index.toUtf16(cp)), cp);
  });

  it('slices the same text by code points as by UTF-16 offsets', () => {
    const index = new CodePointIndex(text);
    const start = text.indexOf('𝕏 News 𠀋');
    const end = start + '𝕏 News 𠀋'.length;
    assert.equal(index.sliceCodePoints(index.toCodePoint(start), index.toCodePoint(end)), '𝕏 News 𠀋');
    assert.equal(index.toCodePoint(end) - index.toCodePoint(start), 8);
    assert.equal(end - start, 10);
  });

  it('maps an offset inside a surrogate pair to the start of its character', () => {
    const index = new CodePointIndex('a😀b');
    assert.equal(index.isBoundary(2), false);
    assert.equal(index.toCodePoint(2), 1);
    assert.equal(index.toCodePoint(3), 2);
    assert.equal(isCodePointBoundary('a😀b', 2), false);
    assert.equal(isCodePointBoundary('a😀b', 3), true);
  });

  it('is the identity for BMP text', () => {
    const index = new CodePointIndex('Erevan, 23 novembre – Путин');
    assert.equal(index.isBmpOnly, true);
    assert.equal(index.toCodePoint(12), 12);
    assert.equal(index.toUtf16(12), 12);
  });

  it('counts lone surrogates as one code point each', () => {
    const odd = 'a\ud83db\ude00c';
    const index = new CodePointIndex(odd);
    assert.equal(index.codePointLength, 5);
    assert.equal(index.toCodePoint(4), 4);
  });

  it('refuses offsets outside the text', () => {
    const index = new CodePointIndex('ab');
    assert.throws(() => index.toCodePoint(3), RangeError);
    assert.throws(() => index.toUtf16(-1), RangeError);
    assert.throws(() => index.toCodePoint(1.5), RangeError);
  });

  it('converts many offsets in a long text quickly', () => {
    const long = '😀 Putin a Erevan. '.repeat(50_000);
    const index = new CodePointIndex(long);
    const started = Date.now();
    let sum = 0;
    for (let u = 0; u < long.length; u += 7) sum += index.toCodePoint(isCodePointBoundary(long, u) ? u : u + 1);
    assert.ok(sum > 0);
    assert.ok(Date.now() - started < 2000, 'converting every seventh offset took too long');
    assert.equal(index.toCodePoint(long.length), Array.from(long).length);
  });

  it('trims surrogate halves a UTF-16 slice leaves at the edges', () => {
    const cut = '😀 ab 😀'.slice(1, 6);
    assert.equal(cut.charCodeAt(0), 0xde00);
    assert.equal(trimBrokenSurrogates(cut), ' ab ');
    assert.equal(trimBrokenSurrogates('x😀'.slice(0, 2)), 'x');
    assert.equal(trimBrokenSurrogates('😀'), '😀');
    assert.equal(trimBrokenSurrogates(''), '');
  });
});

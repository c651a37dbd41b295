import * as assert from 'node:assert/strict';
import { foldString, foldText, originalSpan, withoutInvisibles } from '../../src/core/text/fold';

describe('folding', () => {
  it('folds case and diacritics in Latin and Cyrillic', () => {
    assert.equal(foldString('Biškek'), 'biskek');
    assert.equal(foldString('BISHKEK'), 'bishkek');
    assert.equal(foldString('Giovedì'), 'giovedi');
    assert.equal(foldString('ОДКБ'), 'одкб');
    assert.equal(foldString('Алёна'), 'алена');
    assert.equal(foldString('Erdoğan'), 'erdogan');
    assert.equal(foldString('Łódź'), 'lodz');
  });

  it('reads typographic apostrophes and dashes as plain ones', () => {
    assert.equal(foldString('dell’Armenia'), "dell'armenia");
    assert.equal(foldString('Mosca–Pechino'), 'mosca-pechino');
  });

  it('maps every folded range back to the original UTF-16 offsets', () => {
    const original = 'A  Biškek, straße\tÆsir 😀 ok';
    const { text, origin } = foldText(original);
    assert.equal(text, 'a biskek, strasse aesir 😀 ok');
    const at = (needle: string) => {
      const s = text.indexOf(needle);
      return original.slice(origin[s], origin[s + needle.length]);
    };
    assert.equal(at('biskek'), 'Biškek');
    assert.equal(at('strasse'), 'straße');
    assert.equal(at('aesir'), 'Æsir');
    assert.equal(at('ok'), 'ok');
    assert.equal(origin[text.length], original.length);
  });

  it('collapses runs of spaces and tabs but keeps line breaks', () => {
    assert.equal(foldText('a \t b\n\nc').text, 'a b\n\nc');
  });

  it('folds invisible characters to nothing, keeping the offsets of what is around them', () => {
    for (const invisible of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) {
      const original = `Pres. Luka${invisible}shenko`;
      const { text, origin } = foldText(original);
      assert.equal(text, 'pres. lukashenko', JSON.stringify(invisible));
      const start = text.indexOf('lukashenko');
      assert.equal(original.slice(origin[start], origin[start + 'lukashenko'.length]), `Luka${invisible}shenko`);
      assert.equal(foldString(`Luka${invisible}shenko`), 'lukashenko');
    }
  });

  it('gives the text without its invisible characters, and spans back in the original', () => {
    assert.equal(withoutInvisibles('nothing to drop'), undefined);
    const original = '\ufeff23 Novem\u00adber\u200b 2022';
    const view = withoutInvisibles(original)!;
    assert.equal(view.text, '23 November 2022');
    const span = originalSpan(view, 0, view.text.length);
    // From the first visible character to the last, with the invisible ones between them.
    assert.equal(original.slice(span.start, span.end), '23 Novem\u00adber\u200b 2022');
    const month = originalSpan(view, 3, 11);
    assert.equal(original.slice(month.start, month.end), 'Novem\u00adber');
  });

  it('folds a short string as it folds text, trimmed', () => {
    // Every kind of character the folding treats apart, in random strings.
    const pieces = ['a', 'Z', 'é', 'e\u0301', 'ß', 'Æ', 'İ', 'ı', ' ', '  ', '\t', '\u00a0', '\u2003', '\n', '’', '–', '😀', '\ud800', 'Ё', 'Й', '\u00ad', '\u200b', '\ufeff', '.', "'", '1', '\r', '\v', 'Mario', 'ROSSI'];
    let state = 7;
    const next = (n: number) => ((state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff), state % n);
    for (let round = 0; round < 2000; round++) {
      let s = '';
      for (let k = next(8); k > 0; k--) s += pieces[next(pieces.length)];
      assert.equal(foldString(s), foldText(s).text.trim(), JSON.stringify(s));
    }
  });

  it('keeps decomposed input (combining marks) aligned with the original', () => {
    const original = 'Bis\u030Ckek e Bishkek';
    const { text, origin } = foldText(original);
    assert.equal(text, 'biskek e bishkek');
    assert.equal(original.slice(origin[0], origin[6]), 'Bis\u030Ckek');
  });

  it('changes nothing in a string folded already, whatever character it held', () => {
    // Names are folded once and read folded again (compoundNames.ts, foldedWordKey).
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const folded = foldString(`a ${String.fromCharCode(code)}b`);
      assert.equal(foldString(folded), folded, `U+${code.toString(16)}`);
    }
    const folded = foldString(' Straße  Łódź\u00adZürich\tМОСКВА ');
    assert.equal(foldString(folded), folded);
  });
});

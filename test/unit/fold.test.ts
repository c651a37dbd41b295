import * as assert from 'node:assert/strict';
import { foldString, foldText } from '../../src/core/text/fold';

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

  it('keeps decomposed input (combining marks) aligned with the original', () => {
    const original = 'Bis\u030Ckek e Bishkek';
    const { text, origin } = foldText(original);
    assert.equal(text, 'biskek e bishkek');
    assert.equal(original.slice(origin[0], origin[6]), 'Bis\u030Ckek');
  });
});

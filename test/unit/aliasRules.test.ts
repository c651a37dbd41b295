// Which names an entity is not recognized by: the loader asks of every alias of a workspace file
// without folding it first, and must decide as on the folded alias.
import * as assert from 'node:assert/strict';
import { aliasRefusal } from '../../src/core/knowledgeBase/aliasRules';
import { foldString } from '../../src/core/text/fold';

const entity = { name: 'United Nations', aliases: { en: ['UN', 'U.N.'] } };

/** What `aliasRefusal` says of `alias` folded first, as the recognizer's build asks. */
const onFolded = (alias: string) => aliasRefusal(alias, entity, foldString(alias));

describe('alias rules', () => {
  it('refuses an alias unfolded as it refuses it folded, whatever it holds', () => {
    // Common words in any case, with accents folding joins, names, and every kind of character
    // the folding treats apart: spaces of all kinds and runs of them, marks, letters that fold to
    // several, invisible and control characters, line breaks, pairs outside the BMP.
    const pieces = ['in', 'IN', 'The', 'perché', 'perche', 'ЕЩЁ', 'его', 'un', 'UN', "dell'", 'Ab', 'x', 'Z', 'é', 'e\u0301', 'ß', 'İ', 'ı', 'Ё', 'й', ' ', '  ', '\t', '\u00a0', '\u2003', '\n', '\r', '\v', '\f', '\u2028', '\u0085', '\u001f', '’', '–', '.', "'", '1', '😀', '\ud800', '\u00ad', '\u200b', '\ufeff', 'Mario', 'Лукашенко'];
    let state = 11;
    const next = (n: number) => ((state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff), state % n);
    for (let round = 0; round < 20000; round++) {
      let alias = '';
      for (let k = 1 + next(4); k > 0; k--) alias += pieces[next(pieces.length)];
      assert.equal(aliasRefusal(alias, entity), onFolded(alias), JSON.stringify(alias));
    }
  });

  it('reads every character of the Basic Multilingual Plane as the folding does', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      for (const alias of [`${c}b`, `a${c}`, `${c}${c}`, ` i${c}n `, `the${c}`]) {
        assert.equal(aliasRefusal(alias, entity), onFolded(alias), `U+${code.toString(16)} in ${JSON.stringify(alias)}`);
      }
    }
  });
});

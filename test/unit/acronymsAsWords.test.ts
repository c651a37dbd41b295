// Italian writes acronyms as words (Nato, Onu, Csto); English and Russian write them in capitals.
// Either way the acronym is the organization, but an acronym that spells a common word is never
// taken written as that word.
import * as assert from 'node:assert/strict';
import { namesFound as found } from './namesFound';

describe('acronyms written as words', () => {
  it('finds Csto, Csi, Nato and Onu written with a capital only, and OTSC', () => {
    assert.deepEqual(found('I ministri della Csi e della Csto, con la Nato e l’Onu; poi l’OTSC.'), [
      ['Csi', 'organization:cis'],
      ['Csto', 'organization:csto'],
      ['Nato', 'organization:nato'],
      ['Onu', 'organization:united-nations'],
      ['OTSC', 'organization:csto'],
    ]);
  });

  it('leaves common words alone: "Un" and "Us" are not the UN or the United States, "csto" is not an acronym', () => {
    assert.deepEqual(found('Un soldato disse: Us and them. Il csto.'), []);
  });
});

// A long place name written with one slip is still the place, marked as less certain; ordinary
// words and the knowledge base's own names and demonyms never become places this way.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { deletionHashes, hashWithout, oneEditApart } from '../../src/core/recognizer/typos';

const recognizer = new Recognizer(bundledKnowledgeBase());

function approximate(text: string): [string, string | undefined][] {
  return recognizer.recognize(text).flatMap((m) => (m.approximate ? [[m.text, m.id] as [string, string | undefined]] : []));
}

describe('place names with one slip', () => {
  it('counts one edit: a letter added, dropped, changed, or two neighbours swapped', () => {
    assert.ok(oneEditApart('tajikistan', 'tajkistan'));
    assert.ok(oneEditApart('kazakhstan', 'kazakshtan'));
    assert.ok(oneEditApart('uzbekistan', 'uzbekistann'));
    assert.ok(oneEditApart('kyrgyzstan', 'kyrgyzstun'));
    assert.ok(!oneEditApart('tajikistan', 'tjkistan'));
    assert.ok(!oneEditApart('tajikistan', 'tajikistan'));
  });

  it('finds the place in the typo of seed 001 and in slips of my own, as approximate mentions', () => {
    const seed = readFileSync(path.join(__dirname, '../../../seeds/001_59ba21db933ddaec.txt'), 'utf8');
    assert.deepEqual(approximate(seed), [['Tajkistan', 'place:tajikistan']]);
    assert.deepEqual(approximate('Talks in Kazakshtan and Uzbeksitan ended.'), [
      ['Kazakshtan', 'place:kazakhstan'],
      ['Uzbeksitan', 'place:uzbekistan'],
    ]);
  });

  it('leaves short names, small letters, demonyms, other first letters and longer names alone', () => {
    assert.deepEqual(approximate('The Armenian and Kazakhstani envoys met in Rusia, then in kazakshtan and Gazakhstan.'), []);
    assert.deepEqual(approximate('The Kazakshtan Airlines flight landed.'), []);
    // A name with a letter after it is a word made from it, as the demonyms the knowledge base lacks.
    assert.deepEqual(approximate('Uzbekistani troops, Kyrgyzstani guards, Dagestani fighters and Chechnyan units.'), []);
  });

  it('finds a name of several words whose first word has one slip when the rest follows as written', () => {
    assert.deepEqual(approximate('Il vertice della Shangai Cooperation Organisation e la Shanghia Cooperation Organization.'), [
      ['Shangai Cooperation Organisation', 'organization:sco'],
      ['Shanghia Cooperation Organization', 'organization:sco'],
    ]);
    // The rest of the name must follow: a slip before other words stays out.
    assert.deepEqual(approximate('Shangai Cooperation talks and the Shangai Tower.'), []);
  });

  it('hashes every one-letter deletion of a word in one pass as it hashes each alone', () => {
    const letters = 'aбz\u0301\ud83d\ude00Ё';
    let seed = 1;
    for (let n = 0; n < 2000; n++) {
      let word = '';
      for (let k = n % 90; k > 0; k--) {
        seed = (Math.imul(seed, 1103515245) + 12345) | 0;
        word += letters[(seed >>> 8) % letters.length];
      }
      const hashes = deletionHashes(word);
      for (let drop = 0; drop <= word.length; drop++) assert.equal(hashes[drop], hashWithout(word, drop), `${JSON.stringify(word)} without ${drop}`);
    }
  });
});

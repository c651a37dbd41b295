// The Latin spellings of people's names that differ by transliteration system, not by person.
import * as assert from 'node:assert/strict';
import { latinSpellings } from '../../src/core/recognizer/latinSpellings';
import { namesFound as found } from './namesFound';

describe('Latin spellings of people’s names', () => {
  it('writes y as i where it is a vowel, and -slav as the Belarusian -slau', () => {
    assert.deepEqual(latinSpellings('Sadyr Japarov', 'person'), ['Sadir Japarov']);
    assert.deepEqual(latinSpellings('Dmitry Peskov', 'person'), ['Dmitri Peskov']);
    assert.deepEqual(latinSpellings('Stanislav Zas', 'person'), ['Stanislau Zas']);
  });

  it('leaves a consonant y, other entities and other scripts as they are', () => {
    assert.deepEqual(latinSpellings('Yuri Ushakov', 'person'), []);
    assert.deepEqual(latinSpellings('Sooronbay Jeenbekov', 'person'), []);
    assert.deepEqual(latinSpellings('Kyrgyzstan', 'place'), []);
    assert.deepEqual(latinSpellings('Садыр Жапаров', 'person'), []);
  });

  it('finds a leader written in another system as one name, the whole of it', () => {
    assert.deepEqual(found('Belarusian general Stanislau Zas met Sadir Japarov in Bishkek.'), [
      ['Stanislau Zas', 'person:stanislav-zas'],
      ['Sadir Japarov', 'person:sadyr-japarov'],
      ['Bishkek', 'place:bishkek'],
    ]);
  });
});

import * as assert from 'node:assert/strict';
import { IncrementalRecognizer } from '../../src/core/recognizer/incremental';
import { bundledRecognizer } from './namesFound';

const recognizer = bundledRecognizer();
const places = (text: string) =>
  recognizer
    .recognize(text)
    .filter((m) => m.type === 'place' || m.guess === 'place')
    .map((m) => [m.text, m.id ?? 'candidate']);

describe('a town named with the head of a region or a district', () => {
  it('is the region of that name where the knowledge base has one, the head beside it', () => {
    assert.deepEqual(places('Scontri nella provincia di Osh.'), [['provincia di Osh', 'place:osh-region']]);
    // An Italian plural head opens a list: each name after it is a region, alone.
    assert.deepEqual(places('Scontri nelle regioni di Batken e di Sughd.'), [
      ['Batken', 'place:batken-region'],
      ['Sughd', 'place:sughd-region'],
    ]);
    assert.deepEqual(places('Scontri nelle regioni di Batken e Osh.'), [
      ['Batken', 'place:batken-region'],
      ['Osh', 'place:osh-region'],
    ]);
  });

  it('is a candidate place, head and name, where the knowledge base has no such area, never the town', () => {
    assert.deepEqual(places('Clashes broke out in the Isfara district of Tajikistan and in Batken District.'), [
      ['Isfara district', 'candidate'],
      ['Tajikistan', 'place:tajikistan'],
      ['Batken District', 'candidate'],
    ]);
    assert.deepEqual(places('Scontri nel distretto di Isfara.'), [['distretto di Isfara', 'candidate']]);
    // The town alone, or with a word that only starts like a head, is the town.
    assert.deepEqual(places('Isfara and Batken were shelled; a regional official spoke in Batken regionally.'), [
      ['Isfara', 'place:isfara'],
      ['Batken', 'place:batken'],
      ['Batken', 'place:batken'],
    ]);
  });

  it('is a candidate place, name and head, when the knowledge base knows no place of that name', () => {
    assert.deepEqual(places('Outposts in the Shahrituz district and in Takhar province were reinforced.'), [
      ['Shahrituz district', 'candidate'],
      ['Takhar province', 'candidate'],
    ]);
    // A name of two words, and a known region after it.
    assert.deepEqual(places('He toured the Shamsiddin Shohin district of Khatlon region.'), [
      ['Shamsiddin Shohin district', 'candidate'],
      ['Khatlon region', 'place:khatlon-region'],
    ]);
    // Words that say where or what kind an area is name none, nor does a demonym; a longer capitalised run is some other name's.
    assert.deepEqual(places('Border region residents fled to the Northern province and the Russian region.'), []);
    assert.deepEqual(places('Delegates of the Central Asian region met; the Acme Energy Trading Shuroabad district office closed.'), []);
  });

  it('reads the same piece by piece as in a whole recognition', () => {
    const text = 'Scontri nelle regioni di Batken e di Sughd.\nClashes in the Isfara district.';
    const incremental = new IncrementalRecognizer(recognizer);
    const pieces = incremental.recognize(text, {}).mentions.map((m) => [m.text, m.id ?? m.guess]);
    assert.deepEqual(pieces, recognizer.recognize(text).map((m) => [m.text, m.id ?? m.guess]));
    assert.deepEqual(pieces, [
      ['Batken', 'place:batken-region'],
      ['Sughd', 'place:sughd-region'],
      ['Isfara district', 'place'],
    ]);
  });
});

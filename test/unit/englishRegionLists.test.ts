// English reports name a region under "region", "province" or "oblast", and list several under one
// plural head: each listed name is the region, not the town of the same name.
import * as assert from 'node:assert/strict';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { englishRegionForms } from '../../src/core/recognizer/englishRegionLists';

const recognizer = new Recognizer(bundledKnowledgeBase());

function places(text: string): { text: string; id?: string }[] {
  return recognizer
    .entities(text)
    .filter((m) => m.type === 'place')
    .map((m) => ({ text: m.text, id: m.id }));
}

describe('Regions of English reports under their heads', () => {
  it('reads a region under any of its heads as the region', () => {
    assert.deepEqual(places('Shelling was reported in Sughd province and in the Batken oblast.'), [
      { text: 'Sughd province', id: 'place:sughd-region' },
      { text: 'Batken oblast', id: 'place:batken-region' },
    ]);
  });

  it('reads the names listed before a plural head as regions, the town’s reading giving way', () => {
    assert.deepEqual(places('Police were sent to the Batken and Osh regions on Monday.'), [
      { text: 'Batken', id: 'place:batken-region' },
      { text: 'Osh regions', id: 'place:osh-region' },
    ]);
    assert.deepEqual(places('Floods hit the Chui, Talas, and Issyk-Kul regions.').map((p) => p.id), [
      'place:chuy-region',
      'place:talas-region',
      'place:issyk-kul-region',
    ]);
  });

  it('leaves towns without a head, and a country before the list, as they are', () => {
    assert.deepEqual(places('He flew from Batken and Osh to Bishkek.').map((p) => p.id), ['place:batken', 'place:osh', 'place:bishkek']);
    assert.deepEqual(places('Kyrgyzstan and Osh regions').map((p) => p.id), ['place:kyrgyzstan', 'place:osh-region']);
  });

  it('makes forms only of a proper name and a region’s head', () => {
    assert.deepEqual(englishRegionForms('Sughd Region'), {
      singulars: ['Sughd Province', 'Sughd Oblast'],
      ends: ['Sughd regions', 'Sughd provinces', 'Sughd oblasts'],
      adjective: 'Sughd',
    });
    assert.equal(englishRegionForms('Region of Tashkent'), undefined);
    assert.equal(englishRegionForms('Fergana Valley'), undefined);
  });
});

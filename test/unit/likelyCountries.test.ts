import * as assert from 'node:assert/strict';
import { likelyCountries } from '../../src/core/annotation/likelyCountries';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';

const kb = bundledKnowledgeBase();
const recognizer = new Recognizer(kb);

/** The likely countries of the first `name` in `text`, as the pick of a new entity's country offers them. */
function countries(text: string, name: string): string[] {
  const start = text.indexOf(name);
  assert.ok(start >= 0, name);
  return likelyCountries(text, start, start + name.length, recognizer.recognize(text), kb);
}

describe('the country offered first for a new entity', () => {
  it('takes the state a title beside the name is held for, before any other the sentence names', () => {
    const text = 'In Moscow the Kyrgyz Deputy Foreign Minister Almaz Imangaziev met officials of Russia and Belarus.';
    assert.equal(countries(text, 'Almaz Imangaziev')[0], 'place:kyrgyzstan');
    const italian = 'A Mosca il vice ministro degli Esteri del Tagikistan Farrukh Sharifzoda ha incontrato i colleghi russi.';
    assert.equal(countries(italian, 'Farrukh Sharifzoda')[0], 'place:tajikistan');
  });

  it('takes the nearest state or demonym in the paragraph for a place, and the state of a city beside it', () => {
    assert.equal(countries('Shelling was reported near the village of Chorku in Tajikistan, far from Russia.', 'Chorku')[0], 'place:tajikistan');
    assert.equal(countries('Le truppe armene hanno lasciato il villaggio di Tegh, secondo Mosca.', 'Tegh')[0], 'place:armenia');
    assert.deepEqual(countries('The exercise moved from Osh to Kara-Suu on Monday.', 'Kara-Suu').slice(0, 1), ['place:kyrgyzstan']);
  });

  it('takes the state a name itself names, before the others around it', () => {
    const text = 'In Moscow, Russian officials met the Kyrgyz Ministry of Natural Resources on Tuesday.';
    assert.equal(countries(text, 'Kyrgyz Ministry of Natural Resources')[0], 'place:kyrgyzstan');
  });

  it('falls back on the states the article names most, and offers none when it names none', () => {
    const text = 'BISHKEK, June 3.\nKyrgyzstan and Kazakhstan signed the deal; Kyrgyzstan will build the road.\n\nThe road will reach Kemin by 2027.';
    assert.deepEqual(countries(text, 'Kemin').slice(0, 2), ['place:kyrgyzstan', 'place:kazakhstan']);
    assert.deepEqual(countries('The committee met on Monday and heard Anvar Kholov.', 'Anvar Kholov'), []);
  });
});

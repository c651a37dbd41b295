// Names in quotes that hold a known place among other words: an organization's, the place inside it.
import * as assert from 'node:assert/strict';
import { mentionsFound } from './namesFound';

const found = mentionsFound;

describe('names in quotes that hold a known place', () => {
  it('takes a party, a newspaper or a channel named with a place, in any case, as an organization and not the place', () => {
    assert.deepEqual(found('Депутат от «Новой Армении» сказал «Вечерней Москве» и «Азии-Плюс», что «Беларусь 1» покажет это.'), [
      ['Новой Армении', 'candidate:organization'],
      ['Вечерней Москве', 'candidate:organization'],
      ['Азии-Плюс', 'candidate:organization'],
      ['Беларусь 1', 'candidate:organization'],
    ]);
    assert.deepEqual(found('An MP of the “Armenia Alliance” spoke.'), [['Armenia Alliance', 'candidate:organization']]);
  });

  it('leaves a place that fills the quotes, a sentence quoted, an exercise’s edition and a known name as they are', () => {
    assert.deepEqual(found('Он ответил: «Россия». «Россия не отступит», — сказал он. Учения «Кавказ-2020» прошли.'), [
      ['Россия', 'place:russia'],
      ['Россия', 'place:russia'],
      ['Кавказ-2020', 'candidate:event'],
    ]);
    assert.deepEqual(found('«Москва Казань» и «Астана Москва» — маршруты.').map(([, id]) => id), ['place:moscow', 'place:kazan', 'place:astana', 'place:moscow']);
  });
});

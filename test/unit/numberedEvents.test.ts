// Events named by a number that no noun introduces, as event candidates.
import * as assert from 'node:assert/strict';
import { mentionsFound } from './namesFound';

describe('events named by a number', () => {
  it('takes a climate conference by its session and a world exhibition by its year, in any of the three languages', () => {
    assert.deepEqual(mentionsFound('Alla Cop29 di Baku, dopo la COP 28 e il COP-27.'), [
      ['Cop29', 'candidate:event'],
      ['Baku', 'place:baku'],
      ['COP 28', 'candidate:event'],
      ['COP-27', 'candidate:event'],
    ]);
    assert.deepEqual(mentionsFound('Astana hosted EXPO-2017; посетители «ЭКСПО-2017» ждут Expo 2025.'), [
      ['Astana', 'place:astana'],
      ['EXPO-2017', 'candidate:event'],
      ['ЭКСПО-2017', 'candidate:event'],
      ['Expo 2025', 'candidate:event'],
    ]);
  });

  it('leaves the letters alone inside another word, or without their number', () => {
    assert.deepEqual(mentionsFound('Copper 29 tons, MCOP29 and Cop29x; the Cop left the Expo.'), []);
  });
});

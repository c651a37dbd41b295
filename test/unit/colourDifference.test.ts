// The colour difference the browser tests hold the entity colours to, checked against the published
// reference values, so that a threshold in those tests means what it says.
import * as assert from 'node:assert/strict';
import { ciede2000, colourDifference, contrastRatio, hexOf, parseColour } from '../browser/colour';

describe('colour difference (CIEDE2000)', () => {
  it('gives the reference values of Sharma, Wu and Dalal (2005)', () => {
    // Pairs 1, 2, 7, 17, 25 and 34 of the paper's test data: L*a*b* of both colours, then ΔE00.
    const pairs: [number, number, number, number, number, number, number][] = [
      [50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425],
      [50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615],
      [50, 0, 0, 50, -1, 2, 2.3669],
      [50, 2.5, 0, 73, 25, -18, 27.1492],
      [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
      [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
    ];
    for (const [l1, a1, b1, l2, a2, b2, expected] of pairs) {
      const difference = ciede2000({ l: l1, a: a1, b: b1 }, { l: l2, a: a2, b: b2 });
      assert.ok(Math.abs(difference - expected) < 5e-4, `ΔE00 of (${l1}, ${a1}, ${b1}) and (${l2}, ${a2}, ${b2}) is ${difference}, not ${expected}`);
      assert.ok(Math.abs(ciede2000({ l: l2, a: a2, b: b2 }, { l: l1, a: a1, b: b1 }) - expected) < 5e-4, 'in either order');
    }
  });

  it('reads colours as browsers compute them and themes write them', () => {
    assert.deepEqual(parseColour('rgb(38, 127, 153)'), { r: 38, g: 127, b: 153 });
    assert.deepEqual(parseColour('rgba(38, 127, 153, 0.5)'), { r: 38, g: 127, b: 153 });
    assert.deepEqual(parseColour(' #E51400 '), { r: 229, g: 20, b: 0 });
    assert.deepEqual(parseColour('#fff'), { r: 255, g: 255, b: 255 });
    assert.deepEqual(parseColour('#2ea04326'), { r: 46, g: 160, b: 67 });
    assert.equal(hexOf(parseColour('rgb(9, 134, 88)')), '#098658');
    assert.throws(() => parseColour('red'), /not a colour: "red"/);
  });

  it('tells a colour from itself, from a near twin and from its opposite', () => {
    const red = parseColour('#e51400');
    assert.equal(colourDifference(red, red), 0);
    assert.ok(colourDifference(red, parseColour('#e61400')) < 1, 'one step of red is not a difference anyone sees');
    assert.ok(colourDifference(parseColour('#000000'), parseColour('#ffffff')) > 99, 'black and white are as far apart as colours get');
  });

  it('gives the WCAG contrast ratio', () => {
    assert.equal(contrastRatio(parseColour('#000000'), parseColour('#ffffff')), 21);
    assert.equal(contrastRatio(parseColour('#767676'), parseColour('#ffffff')).toFixed(2), '4.54');
    assert.equal(contrastRatio(parseColour('#ffffff'), parseColour('#767676')).toFixed(2), '4.54');
  });
});

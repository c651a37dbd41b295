// The spellings made of the region's first names, and the skeleton that reads them as one name.
import * as assert from 'node:assert/strict';
import { firstNameKey, firstNameSkeleton, latinFirstNames } from '../../src/core/recognizer/firstNameSpellings';
import { RUSSIAN_FIRST_NAMES } from '../../src/core/recognizer/personShape';

describe('first names in the Latin spellings of several systems', () => {
  it('gives every spelling made of a first name the skeleton and the key of that name', () => {
    const apart: string[] = [];
    for (const name of RUSSIAN_FIRST_NAMES) {
      for (const spelling of latinFirstNames(name)) {
        if (firstNameSkeleton(spelling) !== firstNameSkeleton(name) || firstNameKey(spelling) !== firstNameKey(name)) apart.push(`${name}: ${spelling}`);
      }
    }
    assert.deepEqual(apart, []);
    assert.ok(RUSSIAN_FIRST_NAMES.length > 150);
  });

  it('makes the spellings of each system', () => {
    assert.deepEqual(
      ['Юрий', 'Пётр', 'Шавкат', 'Станислав'].map((name) => latinFirstNames(name).sort()),
      [
        ['Iuri', 'Iurii', 'Iurij', 'Iuriy', 'Iury', 'Juri', 'Jurii', 'Jurij', 'Juriy', 'Jury', 'Yuri', 'Yurii', 'Yurij', 'Yuriy', 'Yury'],
        ['Petr', 'Pjotr', 'Pyotr'],
        ['Sciavkat', 'Shavkat', 'Šavkat'],
        ['Stanislau', 'Stanislav'],
      ],
    );
  });

  it('reads two names apart when they are different names', () => {
    const names = ['Sergei', 'Sergo', 'Maria', 'Marat', 'Yuri', 'Yaroslav', 'Pyotr', 'Pavel', 'Shavkat', 'Sadyr', 'Mikhail', 'Maxim'];
    assert.equal(new Set(names.map(firstNameSkeleton)).size, names.length);
    assert.deepEqual(['Sergei', 'Pavel', 'Yaroslav', 'Shavkat'].map(firstNameKey), ['se', 'pa', 'ia', 'sh']);
  });
});

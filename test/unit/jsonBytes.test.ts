// JSON written straight into UTF-8 bytes is what JSON.stringify writes, encoded: for random values
// of every JSON kind, with strings of what JSON must escape or encode in several bytes, and in a
// buffer too small for them, so that it grows on the way.
import * as assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { jsonLine } from '../../src/core/export/json';
import { JsonBytes } from '../../src/core/text/jsonBytes';
import { prng } from '../fuzz/editScripts';
import { randomText } from './hostileText';

const NUMBERS = [0, -0, 1, -1, 9, 10, 99, 100, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53 - 1, 2 ** 53, 1e21, 1.5, -2.25, 1e-7, NaN, Infinity, -Infinity, Number.MAX_VALUE];
const ODD_MEMBERS = [undefined, () => 1, Symbol('s')];

function randomValue(random: () => number, depth: number): unknown {
  const r = random();
  if (depth <= 0 || r < 0.3) return randomText(random);
  if (r < 0.45) return random() < 0.5 ? NUMBERS[Math.floor(random() * NUMBERS.length)] : Math.floor(random() * 2 ** (random() * 53));
  if (r < 0.5) return random() < 0.5;
  if (r < 0.55) return null;
  if (r < 0.6) return ODD_MEMBERS[Math.floor(random() * ODD_MEMBERS.length)];
  if (r < 0.62) {
    const text = randomText(random);
    return { toJSON: () => text };
  }
  if (r < 0.8) return Array.from({ length: Math.floor(random() * 5) }, () => randomValue(random, depth - 1));
  const record: Record<string, unknown> = {};
  for (let k = Math.floor(random() * 5); k > 0; k--) record[random() < 0.2 ? String(Math.floor(random() * 10)) : randomText(random)] = randomValue(random, depth - 1);
  return record;
}

function written(value: unknown, escapeLineSeparators: boolean): string {
  const json = new JsonBytes(8, escapeLineSeparators);
  json.value(value);
  const bytes = Buffer.from(json.copy());
  assert.ok(isUtf8(bytes), 'not well-formed UTF-8');
  return bytes.toString('utf8');
}

describe('JSON written into UTF-8 bytes', () => {
  it('is what JSON.stringify writes, for random values with characters to escape, odd numbers and members to leave out', () => {
    const random = prng(0x150b);
    for (let k = 0; k < 3000; k++) {
      const value = randomValue(random, 4);
      // JSON.stringify writes nothing at all for a lone undefined, function or symbol; a member of an object or array is what is tested.
      const wrapped = [value, { value }];
      assert.equal(written(wrapped, false), JSON.stringify(wrapped), `value ${k}`);
      assert.equal(written(wrapped, true), jsonLine(wrapped), `value ${k}, line separators escaped`);
    }
  });

  it('writes a large integer and a BigInt as JSON.stringify does', () => {
    assert.equal(written([2 ** 60, -(2 ** 60), 123456789012], false), JSON.stringify([2 ** 60, -(2 ** 60), 123456789012]));
    assert.throws(() => written({ n: 1n }, false), TypeError);
  });
});

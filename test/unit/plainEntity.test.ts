// A knowledge-base entry that needs none of zod's reporting is read without zod: what it gives
// must be what zod gives, key for key and in order, and anything zod would refuse is left to zod.
import * as assert from 'node:assert/strict';
import { bundledEntities } from '../../src/core/knowledgeBase/data/index';
import { plainEntity } from '../../src/core/knowledgeBase/plainEntity';
import { Entity } from '../../src/core/knowledgeBase/schema';
import { choices, type Choices } from '../fuzz/editScripts';

/** A raw entry as a YAML file could give it: mostly valid, with one field or another wrong now and then. */
function randomEntry(r: Choices): Record<string, unknown> {
  const type = r.chance(0.95) ? r.pick(['person', 'place', 'organization', 'event']) : r.pick(['people', '', 7, null]);
  const idType = r.chance(0.95) ? type : r.pick(['person', 'place']);
  const entry: Record<string, unknown> = { id: r.chance(0.97) ? `${idType}:${r.pick(['a', 'ivan-petrov', 'x1-y2'])}` : r.pick(['person:Ivan', 'person:', 'ivan', 5]) };
  const text = () => (r.chance(0.93) ? r.pick(['Ivan Petrov', '  Ivan  ', 'Иван', 'ab', 'Ёж', 'x\u00ad', 'Z'.repeat(30), 'Đồng Nai']) : r.pick(['И', 'a', ' b ', '', '   ']));
  const KINDS: Record<string, string[]> = { place: ['state', 'city', 'region'], organization: ['body', 'ministry', 'other'], event: ['summit', 'exercise'] };
  if (r.chance(0.98)) entry.name = r.chance(0.95) ? text() : r.pick([null, 3, ['Ivan']]);
  entry.type = type;
  if (r.chance(0.8)) {
    const aliases: Record<string, unknown> = {};
    for (let n = r.int(4); n > 0; n--) {
      const tag = r.chance(0.9) ? r.pick(['en', 'it', 'ru', 'ru-Latn', 'kk-Cyrl']) : r.pick(['EN', 'e', 'ru_Latn', 'en-', 'toolong-abcdefghi']);
      aliases[tag] = r.chance(0.95) ? Array.from({ length: r.int(4) }, () => (r.chance(0.97) ? text() : r.pick([null, 1, {}]))) : r.pick(['Ivan', null, {}]);
    }
    entry.aliases = r.chance(0.97) ? aliases : r.pick([null, [], 'Ivan']);
  }
  const id = (t: string) => (r.chance(0.95) ? `${t}:${r.pick(['a', 'b-c'])}` : r.pick(['place:', 'person:a', 'Q1']));
  const optional: Record<string, () => unknown> = {
    wikidata: () => (r.chance(0.9) ? `Q${1 + r.int(9999)}` : r.pick(['Q0', 'q1', 7])),
    description: () => (r.chance(0.9) ? text() : 5),
    country: () => id('place'),
    capital: () => id('place'),
    kind: () => (r.chance(0.9) && typeof type === 'string' && KINDS[type] ? r.pick(KINDS[type]) : r.pick(['state', 'body', 'summit', 'nation'])),
    demonyms: () => (r.chance(0.9) ? { en: [text()], it: [text(), text()] } : { EN: ['x'] }),
    parent: () => (r.chance(0.5) ? id('organization') : id('place')),
    members: () => (r.chance(0.5) ? [] : [{ state: id('place'), start: '2020' }]),
    roles: () => (r.chance(0.6) ? [] : r.pick([[{ role: 'President' }], [{ role: '' }], {}])),
    organization: () => id('organization'),
    city: () => id('place'),
    host: () => id('place'),
    chair: () => id('person'),
    start: () => r.pick(['2022', '2022-11', '2022-11-23', '2022-13', '22', 2022]),
    end: () => r.pick(['2023', '2023-02-30', '2023-1']),
    format: () => r.pick(['in-person', 'video', 'hybrid', 'radio']),
    extra: () => 'not in the schema',
  };
  for (const [key, value] of Object.entries(optional)) if (r.chance(key === 'kind' ? (type === 'person' ? 0.05 : 0.95) : key === 'extra' ? 0.02 : 0.1)) entry[key] = value();
  if (r.chance(0.02)) Object.defineProperty(entry, 'country', { value: undefined, enumerable: true, writable: true, configurable: true });
  return r.chance(0.02) ? { ...JSON.parse('{"__proto__": {"x": 1}}'), ...entry } : entry;
}

function assertSameAsZod(raw: unknown, label: string): 'plain' | 'zod' {
  const plain = plainEntity(raw);
  if (plain === undefined) return 'zod';
  const parsed = Entity.safeParse(raw);
  assert.ok(parsed.success, `${label}: read without zod, but zod refuses it: ${JSON.stringify(raw)}`);
  assert.deepEqual(plain, parsed.data, label);
  assert.equal(JSON.stringify(plain), JSON.stringify(parsed.data), `${label}: keys in another order`);
  return 'plain';
}

describe('knowledge-base entries read without zod', () => {
  it('gives what zod gives, key for key and in order, and leaves to zod whatever it would refuse', () => {
    const r = choices(20261205);
    const seen = { plain: 0, zod: 0, zodValid: 0 };
    for (let i = 0; i < 20000; i++) {
      const raw = randomEntry(r);
      const how = assertSameAsZod(raw, `entry ${i}`);
      seen[how]++;
      if (how === 'zod' && Entity.safeParse(raw).success) seen.zodValid++;
    }
    // Both paths were taken, and most valid entries went the plain way.
    assert.ok(seen.plain > 2000 && seen.zod > 2000, JSON.stringify(seen));
    assert.ok(seen.zodValid < seen.plain, JSON.stringify(seen));
  });

  it('gives what zod gives for every bundled entity it reads', () => {
    let plain = 0;
    for (const input of bundledEntities) if (assertSameAsZod(input, (input as { id: string }).id) === 'plain') plain++;
    assert.ok(plain > bundledEntities.length / 2, `${plain} of ${bundledEntities.length}`);
  });
});

// The recognizer keeps leftmost-longest mentions, choosing before it builds them; what it keeps
// must be what choosing among all of them would keep, or names would lose or gain highlights.
import * as assert from 'node:assert/strict';
import { bundledKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity } from '../../src/core/knowledgeBase/schema';
import { EntityMatcher, selectLongest } from '../../src/core/recognizer/entityMatcher';
import type { Mention } from '../../src/core/recognizer/mention';
import { mergeSorted, Recognizer } from '../../src/core/recognizer/recognizer';

describe('entity matcher: leftmost-longest before building mentions', () => {
  it('gives what selectLongest gives of findAll, on random texts', () => {
    let seed = 29;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const words = ['ab', 'Ba', 'ABA', 'aba', 'Bå', 'ss', 'ßa', 'Ñu', 'nu', 'UN', 'un', 'de', 'Mosca'];
    const separators = [' ', '  ', '. ', '-', "'", ', '];
    const alias = () => {
      let a = pick(words);
      for (let w = Math.floor(random() * 3); w > 0; w--) a += pick(separators) + pick(words);
      return a;
    };
    for (let round = 0; round < 200; round++) {
      const entities = Array.from({ length: 1 + Math.floor(random() * 8) }, (_, i) => {
        const aliases = { en: Array.from({ length: 1 + Math.floor(random() * 3) }, alias) };
        // Shared aliases make ambiguous mentions; aliases in capitals only match capitals.
        return random() < 0.5
          ? Entity.parse({ id: `person:e${i}`, type: 'person', name: alias(), aliases })
          : Entity.parse({ id: `organization:e${i}`, type: 'organization', kind: 'other', name: alias(), aliases });
      });
      const matcher = new EntityMatcher(new KnowledgeBase(entities));
      const text = Array.from({ length: 40 }, () => pick([...words, ...separators, '\u0301', 'x', '😀'])).join('');
      assert.deepEqual(matcher.findLongest(text), selectLongest(matcher.findAll(text)), `round ${round}: ${JSON.stringify(text)}`);
      // Beside other spans (dates, in recognition), in order or not, some on the names' own
      // spans, some longer or shorter at their starts, some across them.
      const names = matcher.findAll(text);
      const others: Mention[] = [];
      for (let k = Math.floor(random() * 6); k > 0; k--) {
        const name = names.length > 0 && random() < 0.6 ? pick(names) : undefined;
        const start = name && random() < 0.7 ? name.start : Math.floor(random() * text.length);
        const end = name && random() < 0.4 ? name.end : Math.min(text.length, start + 1 + Math.floor(random() * 8));
        others.push({ start, end, text: text.slice(start, end), type: 'date', iso: `2020-01-0${k}` });
      }
      if (random() < 0.7) others.sort((a, b) => a.start - b.start || b.end - a.end);
      const expected = selectLongest(mergeSorted(matcher.findAll(text), others, (a, b) => a.start - b.start || b.end - a.end));
      matcher.findNames(text);
      assert.deepEqual(matcher.longestWith(text, others), expected, `round ${round}: ${JSON.stringify(text)}, ${JSON.stringify(others)}`);
    }
  });

  it('takes the names inside a longer name that its rules refuse where it is written', () => {
    // An acronym written otherwise than in capitals (or as Italian writes acronyms) is no name
    // there; the names inside it still are: the words after its first one are looked at.
    const acronym = Entity.parse({ id: 'organization:od-ks-ra', type: 'organization', kind: 'other', name: 'OD KS RA' });
    const inner = ['KS', 'RA'].map((name) => Entity.parse({ id: `organization:${name.toLowerCase()}`, type: 'organization', kind: 'other', name }));
    const matcher = new EntityMatcher(new KnowledgeBase([acronym, ...inner]));
    const text = 'od KS RA; od ks RA, OD KS RA. Od Ks Ra.';
    const found = matcher.findLongest(text);
    assert.deepEqual(found, selectLongest(matcher.findAll(text)));
    assert.deepEqual(
      found.map((m) => `${m.text} ${m.id}`),
      // 'ks' in small letters is no acronym; 'Ks' is one as Italian writes it.
      ['KS organization:ks', 'RA organization:ra', 'RA organization:ra', 'OD KS RA organization:od-ks-ra', 'Ks organization:ks', 'Ra organization:ra'],
    );
  });

  it('chooses among names and other spans as merging both lists and choosing leftmost-longest does, when names proper move the starts', () => {
    // "esercitazione congiunta Rubezh": the mention is the name proper, inside the longer alias,
    // after "Congiunta", another name, begins: the names' spans come out of order.
    const series = Entity.parse({ id: 'event:rubezh', type: 'event', kind: 'exercise', name: 'Rubezh', aliases: { it: ['esercitazione congiunta Rubezh'] } });
    const city = Entity.parse({ id: 'place:congiunta', type: 'place', kind: 'city', name: 'Congiunta' });
    const matcher = new EntityMatcher(new KnowledgeBase([series, city]));
    let outOfOrder = 0;
    for (const text of ['L’esercitazione congiunta Rubezh 2023 e Rubezh-2024.', 'Esercitazione congiunta Rubezh, Congiunta 2021']) {
      const names = matcher.findAll(text);
      if (names.some((m, k) => k > 0 && m.start < names[k - 1].start)) outOfOrder++;
      const at = text.indexOf('2');
      for (const others of [[] as Mention[], [{ start: at, end: at + 4, text: text.slice(at, at + 4), type: 'date' as const, iso: text.slice(at, at + 4) }]]) {
        matcher.findNames(text);
        assert.deepEqual(matcher.longestWith(text, others), selectLongest([...names, ...others].sort((a, b) => a.start - b.start || b.end - a.end)), text);
      }
    }
    assert.ok(outOfOrder > 0, 'no names out of order');
  });
});

describe('entity matcher: a surname after its initials', () => {
  const recognizer = new Recognizer(bundledKnowledgeBase());
  const people = (text: string) => recognizer.recognize(text).filter((m) => m.type === 'person').map((m) => [m.text, m.id]);

  it('takes one or two initials before a known surname into the name', () => {
    assert.deepEqual(people('Президент А.Г. Лукашенко принял С. Шойгу, а А. Г.\u00a0Лукашенко — V. Putin.'), [
      ['А.Г. Лукашенко', 'person:alexander-lukashenko'],
      ['С. Шойгу', 'person:sergei-shoigu'],
      ['А. Г.\u00a0Лукашенко', 'person:alexander-lukashenko'],
      ['V. Putin', 'person:vladimir-putin'],
    ]);
  });

  it('takes the initials of a double first name, and two initials after the surname, as official texts write them', () => {
    assert.deepEqual(people('К.-Ж. Токаев принял Путина В.В. и Лукашенко А. Г.; Putin V.V. agreed; подписал Токаев К.-Ж.'), [
      ['К.-Ж. Токаев', 'person:kassym-jomart-tokayev'],
      ['Путина В.В.', 'person:vladimir-putin'],
      ['Лукашенко А. Г.', 'person:alexander-lukashenko'],
      ['Putin V.V.', 'person:vladimir-putin'],
      ['Токаев К.-Ж.', 'person:kassym-jomart-tokayev'],
    ]);
    // One capital and a full stop after the surname may be the next sentence's first word.
    assert.deepEqual(people('Так сказал Путин. В Москве тихо. Заявил Путин В.Вернулся.'), [
      ['Путин', 'person:vladimir-putin'],
      ['Путин', 'person:vladimir-putin'],
    ]);
  });

  it('leaves out a full stop that ends a word or a sentence before the surname', () => {
    assert.deepEqual(people('Делегация прибыла из США. Лукашенко встретил ее. Так сказал т. Шойгу, затем 5. Лукашенко.'), [
      ['Лукашенко', 'person:alexander-lukashenko'],
      ['Шойгу', 'person:sergei-shoigu'],
      ['Лукашенко', 'person:alexander-lukashenko'],
    ]);
  });
});

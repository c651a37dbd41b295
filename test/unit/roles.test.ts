// Roles and titles: what the knowledge base says a person held on the article's date, the title
// the article gives a name in English, Italian and Russian, and who stood for a country named
// instead of a person.
import * as assert from 'node:assert/strict';
import { representativesOf } from '../../src/core/annotation/representatives';
import { findTitles, heldAt, rolesAt, StateNames, suggestRoles, titleNear } from '../../src/core/annotation/roles';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import type { Person } from '../../src/core/knowledgeBase/schema';

const kb = bundledKnowledgeBase();
const person = (id: string) => kb.get(id) as Person;

/** The title titleNear finds for `name` in `text`. */
function titleOf(text: string, name: string) {
  const start = text.indexOf(name);
  return titleNear(text, start, start + name.length);
}

describe('roles held at a date', () => {
  it('compares partial dates at the precision both have', () => {
    assert.ok(heldAt({ start: '2018-05' }, '2018-05-10'));
    assert.ok(heldAt({ start: '2018-05-08' }, '2018-05'));
    assert.ok(heldAt({ start: '2018', end: '2020-10' }, '2020-10-31'));
    assert.ok(!heldAt({ start: '2018', end: '2020-10' }, '2020-11-01'));
    assert.ok(!heldAt({ start: '2018-05-08' }, '2018-04-30'));
  });

  it('gives the roles of the day, or the current ones without a date', () => {
    const japarov = person('person:sadyr-japarov');
    assert.deepEqual(rolesAt(japarov, '2024-11-28').map((r) => r.role), ['President']);
    assert.deepEqual(rolesAt(japarov, '2020-11-01').map((r) => [r.role, r.acting ?? false]), [['President', true], ['Prime Minister', false]]);
    assert.ok(rolesAt(japarov, undefined).every((r) => r.end === undefined));
  });
});

describe('titles in the text', () => {
  it('reads English, Italian and Russian titles as the roles the knowledge base names', () => {
    assert.deepEqual(findTitles('Russian Defence Minister Sergei Shoigu').map((t) => [t.role, t.text]), [['Minister of Defence', 'Defence Minister']]);
    assert.deepEqual(findTitles('il ministro degli Esteri Lavrov').map((t) => t.role), ['Minister of Foreign Affairs']);
    assert.deepEqual(findTitles('министром обороны Белоруссии').map((t) => t.role), ['Minister of Defence']);
    assert.deepEqual(findTitles('Председатель правительства России').map((t) => t.role), ['Prime Minister']);
    assert.deepEqual(findTitles('the CSTO Secretary-General').map((t) => t.role), ['Secretary General']);
    assert.deepEqual(findTitles('il vice primo ministro e il presidente').map((t) => t.role), ['Deputy Prime Minister', 'President']);
  });

  it('keeps the original offsets through diacritics and typographic hyphens', () => {
    const text = 'Le ministre — Président Macron; премьер‑министр Мишустин';
    const titles = findTitles(text);
    assert.deepEqual(titles.map((t) => text.slice(t.start, t.end)), ['Président', 'премьер‑министр']);
  });

  it('finds the title just before a name, with a few words between', () => {
    assert.equal(titleOf('Russian Defence Minister Sergei Shoigu said', 'Sergei Shoigu')?.role, 'Minister of Defence');
    assert.equal(titleOf('il ministro degli Esteri russo Sergej Lavrov ha detto', 'Sergej Lavrov')?.role, 'Minister of Foreign Affairs');
    assert.equal(titleOf('министр обороны России Сергей Шойгу заявил', 'Сергей Шойгу')?.role, 'Minister of Defence');
  });

  it('finds the title right after a name and a comma', () => {
    assert.equal(titleOf('Sergei Lavrov, the Russian foreign minister, said', 'Sergei Lavrov')?.role, 'Minister of Foreign Affairs');
    assert.equal(titleOf('Imangali Tasmagambetov, segretario generale della CSTO', 'Imangali Tasmagambetov')?.role, 'Secretary General');
  });

  it('does not take a title across a sentence or from another clause', () => {
    assert.equal(titleOf('He met the president. Sergei Lavrov arrived', 'Sergei Lavrov'), undefined);
    assert.equal(titleOf('the president, who spoke with journalists and many others about it, met Lavrov', 'Lavrov'), undefined);
    assert.equal(titleOf('Sergei Lavrov arrived in Minsk', 'Sergei Lavrov'), undefined);
  });
});

describe('role suggestions', () => {
  it("puts the text's title first, with the country of the knowledge base's matching role", () => {
    const shoigu = person('person:sergei-shoigu');
    const [first] = suggestRoles(shoigu, '2022-11-23', { role: 'Minister of Defence' });
    assert.deepEqual(first, { role: 'Minister of Defence', country: 'place:russia', organization: undefined, source: 'text' });
  });

  it("never gives an organization's post the holder's country when neither the text nor the knowledge base names what it is held for", () => {
    // A person the knowledge base knows with no such role: a ministry official named Secretary General.
    const lavrov = person('person:sergey-lavrov');
    const [post] = suggestRoles(lavrov, '2024-11-28', { role: 'Secretary General' });
    assert.deepEqual([post.role, post.country, post.organization], ['Secretary General', undefined, undefined]);
    // A state's office keeps the holder's country.
    const [office] = suggestRoles(lavrov, '2024-11-28', { role: 'Ambassador' });
    assert.deepEqual([office.role, office.country], ['Ambassador', 'place:russia']);
  });

  it('offers the roles held at the date, each once', () => {
    const lukashenko = person('person:alexander-lukashenko');
    const suggestions = suggestRoles(lukashenko, '2024-11-28', { role: 'President' });
    assert.deepEqual(suggestions.map((s) => [s.role, s.country, s.source]), [['President', 'place:belarus', 'text']]);
  });
});

describe('states named in a text', () => {
  const states = new StateNames(kb);

  it('reads names and demonyms in every language', () => {
    assert.deepEqual(states.statesIn('i leader di Bielorussia, Kirghizistan e Tagikistan').map((s) => s.id), ['place:belarus', 'place:kyrgyzstan', 'place:tajikistan']);
    assert.deepEqual(states.statesIn('the Belarusian and Armenian delegations').map((s) => s.id), ['place:belarus', 'place:armenia']);
    assert.equal(states.stateOf('Белоруссии') ?? states.stateOf('Белоруссия'), 'place:belarus');
  });
});

describe('representatives of countries', () => {
  it("offers each country's head of state at the date as the likely one, and the head of government too", () => {
    const found = representativesOf(kb, ['place:belarus', 'place:kyrgyzstan', 'place:tajikistan'], '2024-11-28');
    const likely = found.filter((r) => r.likely).map((r) => r.person.id);
    assert.deepEqual(likely, ['person:alexander-lukashenko', 'person:sadyr-japarov', 'person:emomali-rahmon']);
    assert.ok(found.some((r) => r.representation === 'head of government' && r.country === 'place:kyrgyzstan' && !r.likely));
  });

  it('makes the holder of the office the text names the likely one', () => {
    const found = representativesOf(kb, ['place:russia'], '2022-11-23', 'Minister of Defence');
    assert.equal(found.find((r) => r.likely)?.person.id, 'person:sergei-shoigu');
  });

  it('follows the date: who held the office then', () => {
    const then = representativesOf(kb, ['place:kyrgyzstan'], '2019-11-28').find((r) => r.likely);
    const now = representativesOf(kb, ['place:kyrgyzstan'], '2024-11-28').find((r) => r.likely);
    assert.notEqual(then?.person.id, now?.person.id);
  });
});

// The search behind "Annotate selection as…": what an annotator types finds the entity they mean,
// in any language or script, and the closest matches come first.
import * as assert from 'node:assert/strict';
import { bundledKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity, type EntityInput } from '../../src/core/knowledgeBase/schema';
import { EntitySearch } from '../../src/core/knowledgeBase/search';

function kbOf(inputs: EntityInput[]): KnowledgeBase {
  return new KnowledgeBase(inputs.map((i) => Entity.parse(i)));
}

describe('entity search', () => {
  const search = new EntitySearch(bundledKnowledgeBase());
  const first = (query: string) => search.search(query)[0]?.entity.id;

  it('finds a name from its first letters, in any case and without diacritics', () => {
    assert.equal(first('lukas'), 'person:alexander-lukashenko');
    assert.equal(first('LUKAS'), 'person:alexander-lukashenko');
    assert.equal(first('Biskek'), 'place:bishkek');
  });

  it('finds an entity by an alias of another language or script', () => {
    assert.equal(first('erevan'), 'place:yerevan');
    assert.equal(first('одкб'), 'organization:csto');
    assert.equal(first('Лукашенко'), 'person:alexander-lukashenko');
  });

  it('takes several words, each starting a word of the name', () => {
    assert.equal(first('vlad put'), 'person:vladimir-putin');
  });

  it('says which name matched', () => {
    const [match] = search.search('одкб');
    assert.equal(match.name, 'ОДКБ');
  });

  it('ranks an exact name before a prefix, a prefix before a word inside, and that before a substring', () => {
    const kb = kbOf([
      { id: 'place:tor', type: 'place', kind: 'city', name: 'Tor' },
      { id: 'place:toronto', type: 'place', kind: 'city', name: 'Toronto' },
      { id: 'place:new-tork', type: 'place', kind: 'city', name: 'New Tork' },
      { id: 'place:astoria', type: 'place', kind: 'city', name: 'Astoria' },
      { id: 'place:paris', type: 'place', kind: 'city', name: 'Paris' },
    ]);
    const ids = new EntitySearch(kb).search('tor').map((m) => m.entity.id);
    assert.deepEqual(ids, ['place:tor', 'place:toronto', 'place:new-tork', 'place:astoria']);
  });

  it('puts the preferred entities first among equal matches, and alone first for an empty query', () => {
    const kb = kbOf([
      { id: 'person:anna-rossi', type: 'person', name: 'Anna Rossi' },
      { id: 'person:marco-rossi', type: 'person', name: 'Marco Rossi' },
    ]);
    const s = new EntitySearch(kb);
    assert.equal(s.search('rossi', { preferred: ['person:marco-rossi'] })[0].entity.id, 'person:marco-rossi');
    assert.equal(s.search('', { preferred: ['person:marco-rossi'] })[0].entity.id, 'person:marco-rossi');
    assert.equal(s.search('').length, 2);
  });

  it('keeps to a type when asked, and to the limit', () => {
    assert.ok(search.search('a', { type: 'event' }).every((m) => m.entity.type === 'event'));
    assert.equal(search.search('a', { limit: 3 }).length, 3);
  });

  it('finds nothing for text that no name holds', () => {
    assert.deepEqual(search.search('qqzzxx'), []);
  });
});

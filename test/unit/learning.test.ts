// What the recognizer learns from a span annotated by hand, and the entity a selection makes.
import * as assert from 'node:assert/strict';
import { aliasLanguage, nameToLearn } from '../../src/core/annotation/learning';
import { newEntityInput } from '../../src/core/annotation/newEntity';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity } from '../../src/core/knowledgeBase/schema';

const lukashenko = () => bundledKnowledgeBase().get('person:alexander-lukashenko')!;

describe('learning a name from an annotation', () => {
  it('learns a new name in the article\'s language, Cyrillic as Russian', () => {
    assert.deepEqual(nameToLearn(lukashenko(), ' Belarusian  leader ', 'en'), { learn: true, name: 'Belarusian leader', language: 'en' });
    assert.deepEqual(nameToLearn(lukashenko(), 'leader bielorusso', 'it'), { learn: true, name: 'leader bielorusso', language: 'it' });
    assert.deepEqual(nameToLearn(lukashenko(), 'Батька', 'it'), { learn: true, name: 'Батька', language: 'ru' });
    assert.equal(aliasLanguage('Lukashenko', undefined), 'en');
  });

  it('learns nothing from a name the entity has, however it is written', () => {
    assert.deepEqual(nameToLearn(lukashenko(), 'LUKASHENKO', 'en'), { learn: false, known: true });
    assert.deepEqual(nameToLearn(lukashenko(), 'Aleksandr Lukasenko', 'it'), { learn: false, known: true });
  });

  it('refuses, with the reason, a name the recognizer would find everywhere', () => {
    const one = nameToLearn(lukashenko(), 'L.', 'en');
    assert.ok(!one.learn && !one.known && /one letter/.test(one.reason), JSON.stringify(one));
    const common = nameToLearn(lukashenko(), 'the', 'en');
    assert.ok(!common.learn && !common.known && /common word/.test(common.reason), JSON.stringify(common));
  });
});

describe('a new entity made from a selection', () => {
  it('takes the selection as its canonical name and alias, a readable id, and what was said of it', () => {
    const taken = new Set(['person:sadyr-zhaparov']);
    const person = newEntityInput({ type: 'person', country: 'place:kyrgyzstan', role: 'President' }, 'Садыр Жапаров', 'ru', (id) => taken.has(id));
    assert.deepEqual(person, {
      id: 'person:sadyr-zhaparov-2',
      type: 'person',
      name: 'Садыр Жапаров',
      aliases: { ru: ['Садыр Жапаров'] },
      country: 'place:kyrgyzstan',
      roles: [{ role: 'President', country: 'place:kyrgyzstan' }],
    });
    const event = newEntityInput({ type: 'event', kind: 'exercise', dates: '2024-09-02/2024-09-06', country: 'place:kazakhstan' }, 'Interaction-2024', 'en', () => false);
    assert.deepEqual(event, { id: 'event:interaction-2024', type: 'event', name: 'Interaction-2024', aliases: { en: ['Interaction-2024'] }, kind: 'exercise', start: '2024-09-02', end: '2024-09-06', host: 'place:kazakhstan' });
    // A name in Cyrillic is Russian, whatever the article's language, known or not.
    assert.deepEqual(newEntityInput({ type: 'place', kind: 'city' }, 'Кызылжар', undefined, () => false).aliases, { ru: ['Кызылжар'] });
    assert.deepEqual(newEntityInput({ type: 'place', kind: 'city' }, 'Кызылжар', 'en', () => false).aliases, { ru: ['Кызылжар'] });
    assert.deepEqual(newEntityInput({ type: 'place', kind: 'city' }, 'Kyzylzhar', undefined, () => false).aliases, { en: ['Kyzylzhar'] });
    const place = newEntityInput({ type: 'place', kind: 'state', country: 'place:italy' }, 'Ruritania', 'en', () => false);
    assert.equal('country' in place, false, 'a state lies in no country');
    for (const input of [person, event, place, newEntityInput({ type: 'organization', country: 'place:belarus' }, 'X', 'en', () => false)]) {
      assert.ok(Entity.safeParse(input).success, `${input.id} is a valid entity`);
    }
  });
});

// A body and what it belongs to are two mentions, as annotators mark them: "[СМИД] [ОДКБ]",
// "[МИД] [России]", "[Security Council] of [Belarus]", "[CSTO] [Joint Staff]"; a name with a generic
// head is the name alone: "[Kazinform] news agency". The knowledge base keeps the joined names,
// which say which body is meant.
import * as assert from 'node:assert/strict';
import { bundledKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity } from '../../src/core/knowledgeBase/schema';
import { mayHaveGenericHead, nameWords, wordKey } from '../../src/core/recognizer/compoundNames';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { foldString } from '../../src/core/text/fold';
import { choices } from '../fuzz/editScripts';

const recognizer = new Recognizer(bundledKnowledgeBase());

function found(text: string, r = recognizer): [string, string | undefined][] {
  return r.recognize(text).map((m) => [m.text, m.id]);
}

describe('names that join a body and what it belongs to', () => {
  it('splits a Russian body and the organization or country in the genitive after it', () => {
    assert.deepEqual(found('Заседание СМИД ОДКБ прошло в Минске, сообщили в МИД России и Правительстве Казахстана.'), [
      ['СМИД', 'organization:csto-council-of-foreign-ministers'],
      ['ОДКБ', 'organization:csto'],
      ['Минске', 'place:minsk'],
      ['МИД', 'organization:russia-foreign-ministry'],
      ['России', 'place:russia'],
      ['Правительстве', 'organization:kazakhstan-government'],
      ['Казахстана', 'place:kazakhstan'],
    ]);
  });

  it('splits the organization before its body, and the country after "of" and "della"', () => {
    assert.deepEqual(found('The CSTO Joint Staff briefed the Security Council of Belarus and the U.N. Security Council.'), [
      ['CSTO', 'organization:csto'],
      ['Joint Staff', 'organization:csto-joint-staff'],
      ['Security Council', 'organization:belarus-security-council'],
      ['Belarus', 'place:belarus'],
      ['U.N.', 'organization:united-nations'],
      ['Security Council', 'organization:un-security-council'],
    ]);
    assert.deepEqual(found('Si è riunito il Consiglio dei ministri degli Esteri della CSTO.'), [
      ['Consiglio dei ministri degli Esteri', 'organization:csto-council-of-foreign-ministers'],
      ['CSTO', 'organization:csto'],
    ]);
  });

  it('leaves the generic head out of a news agency’s name', () => {
    assert.deepEqual(found('Lo ha riferito l’agenzia di stampa Tass; the Kazinform news agency agreed.'), [
      ['Tass', 'organization:tass'],
      ['Kazinform', 'organization:kazinform'],
    ]);
  });

  it('keeps a demonym inside the span, and a lowercase one-word description out of it', () => {
    assert.deepEqual(found('The Russian Foreign Ministry said the CSTO council would meet.'), [
      ['Russian Foreign Ministry', 'organization:russia-foreign-ministry'],
      ['CSTO', 'organization:csto'],
    ]);
    // Italian puts the body first: the same generic word in small letters stays out.
    assert.deepEqual(found('I leader si sono riuniti alla sessione del consiglio CSTO ad Astana.'), [
      ['CSTO', 'organization:csto'],
      ['Astana', 'place:astana'],
    ]);
  });

  it('splits a workspace entity’s name the same way, and keeps a name shared by two entities whole', () => {
    const entities = [
      { id: 'place:ruritania', type: 'place', kind: 'state', name: 'Ruritania', aliases: {} },
      { id: 'organization:ruritania-senate', type: 'organization', kind: 'body', name: 'Senate of Ruritania', parent: 'place:ruritania', aliases: {} },
      { id: 'organization:senate-a', type: 'organization', kind: 'body', name: 'Grand Senate of Ruritania', parent: 'place:ruritania', aliases: {} },
      { id: 'organization:senate-b', type: 'organization', kind: 'body', name: 'Grand Senate', aliases: { en: ['Grand Senate of Ruritania'] } },
    ].map((e) => Entity.parse(e));
    const own = new Recognizer(new KnowledgeBase(entities));
    assert.deepEqual(found('The Senate of Ruritania met.', own), [
      ['Senate', 'organization:ruritania-senate'],
      ['Ruritania', 'place:ruritania'],
    ]);
    assert.deepEqual(
      own.recognize('The Grand Senate of Ruritania met.').map((m) => m.text),
      ['Grand Senate of Ruritania'],
    );
  });
});

describe('the words of a name, read from its ends', () => {
  // What splitName reads of a name: its words as nameWords cuts them.
  const referenceKey = (name: string) => nameWords(foldString(name)).join(' ');
  const referenceHead = (name: string) => {
    const words = nameWords(name);
    const lowercase = (w: string) => w[0] === w[0].toLowerCase() && w[0] !== w[0].toUpperCase();
    return words.length >= 2 && (lowercase(words[0]) || lowercase(words[words.length - 1]));
  };
  const pieces = ['Kazinform', 'news', 'agency', 'agenzia', 'di', "dell'", 'U.N.', 'МИД', 'России', 'é', 'e\u0301', '\u0301', 'ß', 'İ', '𝐀', '𐐨', 'ǅ', '1', '-', ' ', '  ', '\u00a0', '\u00ad', '\u200b', '«', '»', '.', 'ё', 'Ёлки', 'x'];

  it('gives the same word key and the same chance of a generic head as reading all its words, on names of every shape', () => {
    const r = choices(14);
    const names = [...bundledKnowledgeBase().entities()].flatMap((e) => [e.name, ...Object.values(e.aliases).flat()]);
    for (let i = 0; i < 5000; i++) {
      const name = i < names.length ? names[i] : Array.from({ length: 1 + r.int(6) }, () => r.pick(pieces)).join(r.chance(0.5) ? ' ' : '');
      assert.equal(wordKey(name), referenceKey(name), JSON.stringify(name));
      assert.equal(mayHaveGenericHead(name), referenceHead(name), JSON.stringify(name));
    }
  });
});

// A body and what it belongs to are two mentions, as annotators mark them: "[СМИД] [ОДКБ]",
// "[МИД] [России]", "[Security Council] of [Belarus]", "[CSTO] [Joint Staff]"; a name with a generic
// head is the name alone: "[Kazinform] news agency". The knowledge base keeps the joined names,
// which say which body is meant.
import * as assert from 'node:assert/strict';
import { bundledKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity } from '../../src/core/knowledgeBase/schema';
import { mayHaveGenericHead, mayJoinParts, nameWords, splitName, wordKey } from '../../src/core/recognizer/compoundNames';
import { entityNamesOf } from '../../src/core/recognizer/entityNames';
import { latinSpellings } from '../../src/core/recognizer/latinSpellings';
import { russianCaseForms } from '../../src/core/recognizer/russianForms';
import { generatedKnowledgeBase } from '../../bench/corpus/knowledgeBase';
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

  it('reads the CSTO Collective Security Council by its Russian abbreviation alone', () => {
    assert.deepEqual(found('Председатель СКБ выступил на сессии СКБ ОДКБ.'), [
      ['СКБ', 'organization:csto-collective-security-council'],
      ['СКБ', 'organization:csto-collective-security-council'],
      ['ОДКБ', 'organization:csto'],
    ]);
  });

  it('finds a body whose names end with its organization’s abbreviation also before the organization’s full name, each its own mention', () => {
    assert.deepEqual(found('The Parliamentary Assembly of the Collective Security Treaty Organization met.'), [
      ['Parliamentary Assembly', 'organization:csto-parliamentary-assembly'],
      ['Collective Security Treaty Organization', 'organization:csto'],
    ]);
    assert.deepEqual(found("La sessione dell'Assemblea parlamentare dell'Organizzazione del Trattato di sicurezza collettiva."), [
      ['Assemblea parlamentare', 'organization:csto-parliamentary-assembly'],
      ['Organizzazione del Trattato di sicurezza collettiva', 'organization:csto'],
    ]);
    // Italian writes either abbreviation of the organization, "della CSTO" or "dell'OTSC".
    assert.deepEqual(found("Il Centro di risposta alle crisi dell'OTSC."), [
      ['Centro di risposta alle crisi', 'organization:csto-crisis-response-centre'],
      ['OTSC', 'organization:csto'],
    ]);
    // In Russian the organization in the genitive, and the body in any case.
    assert.deepEqual(found('Сессия в Парламентской ассамблее Организации Договора о коллективной безопасности.'), [
      ['Парламентской ассамблее', 'organization:csto-parliamentary-assembly'],
      ['Организации Договора о коллективной безопасности', 'organization:csto'],
    ]);
    // The generic words alone stay no body of the CSTO.
    assert.deepEqual(found('The Parliamentary Assembly met.').filter(([, id]) => id !== undefined), []);
  });

  it('splits a chamber, the parliament it belongs to and the country of the parliament, each its own mention', () => {
    assert.deepEqual(found('Законопроект одобрил Мажилис Парламента Республики Казахстан, затем Сенат Парламента Республики Казахстан.'), [
      ['Мажилис', 'organization:kazakhstan-mazhilis'],
      ['Парламента', 'organization:kazakhstan-parliament'],
      ['Республики Казахстан', 'place:kazakhstan'],
      ['Сенат', 'organization:kazakhstan-senate'],
      ['Парламента', 'organization:kazakhstan-parliament'],
      ['Республики Казахстан', 'place:kazakhstan'],
    ]);
    assert.deepEqual(found('The bill passed the Mazhilis of the Parliament of Kazakhstan.'), [
      ['Mazhilis', 'organization:kazakhstan-mazhilis'],
      ['Parliament', 'organization:kazakhstan-parliament'],
      ['Kazakhstan', 'place:kazakhstan'],
    ]);
    // A chamber beside its country alone is two mentions, as before.
    assert.deepEqual(found('Депутаты Мажилиса Казахстана собрались.'), [
      ['Мажилиса', 'organization:kazakhstan-mazhilis'],
      ['Казахстана', 'place:kazakhstan'],
    ]);
  });

  it('reads a press service as the body it speaks for alone, as a spokesman’s title stays outside', () => {
    assert.deepEqual(found('Пресс-служба Кремля сообщила об этом, по данным пресс-службы Кремля.'), [
      ['Кремля', 'organization:russia-presidential-administration'],
      ['Кремля', 'organization:russia-presidential-administration'],
    ]);
    assert.deepEqual(found('The Kremlin press office said so; il servizio stampa del Cremlino ha confermato.'), [
      ['Kremlin', 'organization:russia-presidential-administration'],
      ['Cremlino', 'organization:russia-presidential-administration'],
    ]);
    // Another body beside its owner is still two mentions.
    assert.deepEqual(found('Заседание Совета министров обороны ОДКБ.'), [
      ['Совета министров обороны', 'organization:csto-council-of-defence-ministers'],
      ['ОДКБ', 'organization:csto'],
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

  it('leaves an elided article out of the body, as it leaves "della" out', () => {
    assert.deepEqual(found("Ha risposto il ministero della Difesa dell'Armenia, poi il Ministero degli Esteri dell’Armenia."), [
      ['ministero della Difesa', 'organization:armenia-defence-ministry'],
      ['Armenia', 'place:armenia'],
      ['Ministero degli Esteri', 'organization:armenia-foreign-ministry'],
      ['Armenia', 'place:armenia'],
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

  it('takes an organization’s own body in small letters before the organization’s name, as Russian and Italian write it', () => {
    assert.deepEqual(found('Об этом сообщили в секретариате ОДКБ.'), [
      ['секретариате', 'organization:csto-secretariat'],
      ['ОДКБ', 'organization:csto'],
    ]);
    // Italian, with "di" and its article between: "il consiglio CSTO" above stays out.
    assert.deepEqual(found('Il segretariato della Csto ha preso atto della decisione.'), [
      ['segretariato', 'organization:csto-secretariat'],
      ['Csto', 'organization:csto'],
    ]);
    // A body of a country, or a word the knowledge base does not join to the organization, stays out.
    assert.deepEqual(found('Решило правительство Казахстана, но не совет ОДКБ.'), [
      ['Казахстана', 'place:kazakhstan'],
      ['ОДКБ', 'organization:csto'],
    ]);
  });

  it('keeps a demonym after a chamber’s name inside its span, where its shorter name is also known', () => {
    // "Duma di Stato" and "Consiglio della Federazione" are names of their own: the demonym
    // after them is no generic head to leave out, as "agenzia di stampa" is.
    assert.deepEqual(found('Il testo, votato dalla Duma di Stato russa martedì, passa al Consiglio della Federazione russo.'), [
      ['Duma di Stato russa', 'organization:russia-state-duma'],
      ['martedì', undefined],
      ['Consiglio della Federazione russo', 'organization:russia-federation-council'],
    ]);
    // Without a demonym the shorter name is the mention, and a generic head still stays out.
    assert.deepEqual(found('La Duma di Stato ha votato, riferisce l’agenzia di stampa Tass.'), [
      ['Duma di Stato', 'organization:russia-state-duma'],
      ['Tass', 'organization:tass'],
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

describe('the names that may join parts, picked out before their parts are looked for', () => {
  // As the matcher found a body's ancestors for every name of several words of every organization,
  // before it kept only the names that may split.
  const BODY_KINDS = ['body', 'government', 'ministry', 'armed-forces'];
  const ancestorsAsBefore = (entity: Entity, knowledgeBase: KnowledgeBase) => {
    const ids: string[] = [];
    if (entity.type !== 'organization' || !BODY_KINDS.includes(entity.kind)) return ids;
    for (let parent = entity.parent; parent && ids.length < 4 && !ids.includes(parent); ) {
      ids.push(parent);
      const above = knowledgeBase.get(parent);
      parent = above?.type === 'organization' ? above.parent : undefined;
    }
    return ids;
  };

  for (const [label, knowledgeBase] of [
    ['bundled', bundledKnowledgeBase()],
    ['generated', generatedKnowledgeBase(5000, 23)],
  ] as const) {
    it(`leaves out only names that do not split, on every organization of the ${label} knowledge base`, () => {
      const { entities, written } = entityNamesOf(knowledgeBase);
      // Every name as written and in its other forms, as the matcher has them (and those it refuses: more names, more splits).
      const namesOf = entities.map((entity, e) => written[e].flatMap((n) => [n, ...russianCaseForms(n, entity.type), ...latinSpellings(n, entity.type)]));
      const keys = new Map(entities.map((entity, e) => [entity.id, new Set(namesOf[e].map(wordKey))]));
      const none = new Set<string>();
      let kept = 0;
      let leftOut = 0;
      for (let e = 0; e < entities.length; e++) {
        const entity = entities[e];
        if (entity.type !== 'organization') continue;
        const ancestors = ancestorsAsBefore(entity, knowledgeBase);
        for (const name of namesOf[e]) {
          if (!name.includes(' ')) continue;
          if (mayJoinParts(name, entity)) {
            kept++;
            continue;
          }
          leftOut++;
          assert.equal(splitName(name, entity.id, ancestors, (id) => keys.get(id) ?? none), undefined, `${entity.id}: ${name}`);
        }
      }
      // Both kinds are there to compare: names kept, and names left out.
      assert.ok(kept > 100 && leftOut > 100, `${kept} kept, ${leftOut} left out`);
    });
  }
});

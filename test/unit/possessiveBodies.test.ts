// A body written after its country's possessive ("Russia's Defence Ministry") is the knowledge
// base's body of that country with the same words, as "Russian Defence Ministry" would be.
import * as assert from 'node:assert/strict';
import { bundledKnowledgeBase, KnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Entity } from '../../src/core/knowledgeBase/schema';
import { Recognizer } from '../../src/core/recognizer/recognizer';

const recognizer = new Recognizer(bundledKnowledgeBase());

/** Each mention's text, type and entity (or guess). */
function found(text: string, using = recognizer): string[][] {
  return using.recognize(text).map((m) => [m.text, m.type, m.id ?? m.guess ?? '']);
}

describe('bodies after their country’s possessive', () => {
  it('are the country’s body the knowledge base names with its adjective or after it', () => {
    assert.deepEqual(found("Russia's Defence Ministry said the drills ended."), [
      ['Russia', 'place', 'place:russia'],
      ['Defence Ministry', 'organization', 'organization:russia-defence-ministry'],
    ]);
    // "Security Council of Belarus" and "Belarusian Security Council": the same body; the curly apostrophe too.
    assert.deepEqual(found('Belarus’s Security Council met on Monday.').slice(0, 2), [
      ['Belarus', 'place', 'place:belarus'],
      ['Security Council', 'organization', 'organization:belarus-security-council'],
    ]);
    // Another country's body with the same words.
    assert.deepEqual(found("Russia's Security Council met.")[1], ['Security Council', 'organization', 'organization:russia-security-council']);
  });

  it('are an organization’s body after the organization’s possessive', () => {
    assert.deepEqual(found("The CSTO's Parliamentary Assembly met in St. Petersburg.").slice(0, 2), [
      ['CSTO', 'organization', 'organization:csto'],
      ['Parliamentary Assembly', 'organization', 'organization:csto-parliamentary-assembly'],
    ]);
    // Another organization's body of those words is not the CSTO's.
    assert.deepEqual(found("NATO's Parliamentary Assembly met.").slice(1), [['Parliamentary Assembly', 'candidate', 'organization']]);
  });

  it('are the country’s body too when the country follows them under a name the knowledge base writes another way', () => {
    assert.deepEqual(found('The Ministry of Foreign Affairs of the Republic of Kazakhstan and the Security Council of the Kyrgyz Republic replied.'), [
      ['Ministry of Foreign Affairs', 'organization', 'organization:kazakhstan-foreign-ministry'],
      ['Republic of Kazakhstan', 'place', 'place:kazakhstan'],
      ['Security Council', 'organization', 'organization:kyrgyzstan-security-council'],
      ['Kyrgyz Republic', 'place', 'place:kyrgyzstan'],
    ]);
    assert.deepEqual(found('Il Ministero degli Affari Esteri della Repubblica di Bielorussia ha risposto.'), [
      ['Ministero degli Affari Esteri', 'organization', 'organization:belarus-foreign-ministry'],
      ['Repubblica di Bielorussia', 'place', 'place:belarus'],
    ]);
    // A body the country does not have stays a candidate; so does one with no country after it.
    assert.deepEqual(found('The Energy Ministry of the Republic of Kazakhstan replied.')[0], ['Energy Ministry', 'candidate', 'organization']);
    assert.deepEqual(found('The Ministry of Foreign Affairs replied.'), [['Ministry of Foreign Affairs', 'candidate', 'organization']]);
  });

  it('stay candidates when the knowledge base has no such body, or the country is not before them', () => {
    assert.deepEqual(found("Kazakhstan's Energy Ministry said."), [
      ['Kazakhstan', 'place', 'place:kazakhstan'],
      ['Energy Ministry', 'candidate', 'organization'],
    ]);
    assert.deepEqual(found('The Defence Ministry said.'), [['Defence Ministry', 'candidate', 'organization']]);
  });

  it('are the body of the one country their sentence speaks of, by its places and bodies, and by the people before them', () => {
    assert.deepEqual(found('Foreign minister Ararat Mirzoyan told the National Assembly that Yerevan would decide.'), [
      ['Ararat Mirzoyan', 'person', 'person:ararat-mirzoyan'],
      ['National Assembly', 'organization', 'organization:armenia-national-assembly'],
      ['Yerevan', 'place', 'place:yerevan'],
    ]);
    assert.deepEqual(found('Lukashenko addressed the National Assembly. In Yerevan, the National Assembly voted.'), [
      ['Lukashenko', 'person', 'person:alexander-lukashenko'],
      ['National Assembly', 'organization', 'organization:belarus-national-assembly'],
      ['Yerevan', 'place', 'place:yerevan'],
      ['National Assembly', 'organization', 'organization:armenia-national-assembly'],
    ]);
    // Two countries, a person after the body (as often another state's), or a region, which has bodies of its own: no country.
    assert.deepEqual(
      found("Lukashenko and Pashinyan addressed the National Assembly. The Foreign Ministry welcomed Lavrov's words.").filter((m) => m[1] !== 'person'),
      [
        ['National Assembly', 'candidate', 'organization'],
        ['Foreign Ministry', 'candidate', 'organization'],
      ],
    );
  });

  it('are so in Russian too, in any case, the ministry’s abbreviation alone included', () => {
    assert.deepEqual(found('Пашинян выступил в Национальном собрании. В МИД заявили, что саммит пройдёт в Москве.'), [
      ['Пашинян', 'person', 'person:nikol-pashinyan'],
      ['Национальном собрании', 'organization', 'organization:armenia-national-assembly'],
      ['МИД', 'organization', 'organization:russia-foreign-ministry'],
      ['Москве', 'place', 'place:moscow'],
    ]);
    // Two countries in the sentence: no country.
    assert.deepEqual(
      found('Лавров прибыл в Минск, сообщили в МИД.').filter((m) => m[1] === 'candidate'),
      [['МИД', 'candidate', 'organization']],
    );
    // A known person right after the body that a title before it says the person heads: that person's country.
    assert.deepEqual(found('Экс-глава ГКНБ Камчыбек Ташиев не пришёл; пресс-секретарь МИД Мария Захарова пришла.'), [
      ['ГКНБ', 'organization', 'organization:kyrgyzstan-state-committee-for-national-security'],
      ['Камчыбек Ташиев', 'person', 'person:kamchybek-tashiev'],
      ['МИД', 'organization', 'organization:russia-foreign-ministry'],
      ['Мария Захарова', 'person', 'person:maria-zakharova'],
    ]);
    // Without the title the person after the body may be another state's: "МИД приветствовал Лаврова".
    assert.deepEqual(found('ГКНБ Ташиев не упомянул.').filter((m) => m[1] !== 'person'), [['ГКНБ', 'candidate', 'organization']]);
  });

  it('stay candidates when two of the country’s bodies have the same words', () => {
    const second = Entity.parse({
      id: 'organization:second-defence-ministry',
      type: 'organization',
      kind: 'ministry',
      name: 'Second Ministry',
      parent: 'place:russia',
      aliases: { en: ['Russian Defence Ministry'] },
    });
    const own = new Recognizer(new KnowledgeBase([...bundledKnowledgeBase().entities(), second]));
    assert.deepEqual(found("Russia's Defence Ministry said.", own)[1], ['Defence Ministry', 'candidate', 'organization']);
  });

  it('are the country’s body when it belongs to one of the country’s bodies', () => {
    const troops = Entity.parse({
      id: 'organization:armenia-signal-forces',
      type: 'organization',
      kind: 'armed-forces',
      name: 'Armenian Signal Forces',
      parent: 'organization:armenia-armed-forces',
    });
    const forces = Entity.parse({ id: 'organization:armenia-armed-forces', type: 'organization', kind: 'armed-forces', name: 'Armed Forces of Armenia', parent: 'place:armenia' });
    const own = new Recognizer(new KnowledgeBase([...bundledKnowledgeBase().entities(), forces, troops]));
    assert.deepEqual(found("Armenia's Signal Forces and Georgia's Signal Forces trained.", own), [
      ['Armenia', 'place', 'place:armenia'],
      ['Signal Forces', 'organization', 'organization:armenia-signal-forces'],
      ['Georgia', 'place', 'place:georgia'],
      ['Signal Forces', 'candidate', 'organization'],
    ]);
  });

  it('are the country of the official the knowledge base knows, named right after the body and the post', () => {
    assert.deepEqual(found('Foreign Ministry spokeswoman Maria Zakharova said the talks would go on.'), [
      ['Foreign Ministry', 'organization', 'organization:russia-foreign-ministry'],
      ['Maria Zakharova', 'person', 'person:maria-zakharova'],
    ]);
    // A verb between them says the body acts on the person, who may be another country's.
    assert.deepEqual(found('Foreign Ministry summoned ambassador Maria Zakharova.')[0], ['Foreign Ministry', 'candidate', 'organization']);
    // And a person the knowledge base does not know gives no country.
    assert.deepEqual(found('Foreign Ministry spokesman Aibek Smadiyarov said.')[0], ['Foreign Ministry', 'candidate', 'organization']);
  });
});

describe('acronyms after a country’s possessive', () => {
  const recognizer = new Recognizer(bundledKnowledgeBase());
  const found = (text: string) => recognizer.recognize(text).map((m) => [m.text, m.id]);

  it('reads the acronym the knowledge base writes only with its country as that country’s body', () => {
    assert.deepEqual(found("Belarus's KGB detained two bloggers; Kyrgyzstan’s GKNB and Armenia's NSS did not comment."), [
      ['Belarus', 'place:belarus'],
      ['KGB', 'organization:belarus-kgb'],
      ['Kyrgyzstan', 'place:kyrgyzstan'],
      ['GKNB', 'organization:kyrgyzstan-state-committee-for-national-security'],
      ['Armenia', 'place:armenia'],
      ['NSS', 'organization:armenia-national-security-service'],
    ]);
  });

  it('leaves another country’s acronym, one without the possessive, and a capitalised word alone', () => {
    assert.deepEqual(found("Russia's KGB archives; the KGB of the Soviet era; Belarus's KGBT unit; Belarus's OK."), [
      ['Russia', 'place:russia'],
      ['Belarus', 'place:belarus'],
      ['Belarus', 'place:belarus'],
    ]);
  });
});

import * as assert from 'node:assert/strict';
import { IncrementalRecognizer } from '../../src/core/recognizer/incremental';
import { bundledRecognizer } from './namesFound';

const recognizer = bundledRecognizer();
const found = (text: string) => recognizer.recognize(text).map((m) => [m.text, m.id ?? m.type]);

describe('a body named with its abbreviation in brackets before the rest of its name', () => {
  it('is the body the whole name names, and so is the abbreviation when the body goes by it', () => {
    assert.deepEqual(found('Министерство иностранных дел (МИД) Армении выразило протест.'), [
      ['Министерство иностранных дел', 'organization:armenia-foreign-ministry'],
      ['МИД', 'organization:armenia-foreign-ministry'],
      ['Армении', 'place:armenia'],
    ]);
    assert.deepEqual(found('Государственный комитет национальной безопасности (ГКНБ) Киргизии сообщил.'), [
      ['Государственный комитет национальной безопасности', 'organization:kyrgyzstan-state-committee-for-national-security'],
      ['ГКНБ', 'organization:kyrgyzstan-state-committee-for-national-security'],
      ['Киргизии', 'place:kyrgyzstan'],
    ]);
    // "MFA of Armenia" is no name of the ministry, but the report introduces MFA for it: the ministry's too.
    assert.deepEqual(found('The Ministry of Foreign Affairs (MFA) of Armenia protested.'), [
      ['Ministry of Foreign Affairs', 'organization:armenia-foreign-ministry'],
      ['MFA', 'organization:armenia-foreign-ministry'],
      ['Armenia', 'place:armenia'],
    ]);
  });

  it('leaves a name the brackets do not split, a person, and a body with no name across them as they were', () => {
    assert.deepEqual(found('A summit of the Collective Security Treaty Organization (CSTO) in Dushanbe.'), [
      ['Collective Security Treaty Organization', 'organization:csto'],
      ['CSTO', 'organization:csto'],
      ['Dushanbe', 'place:dushanbe'],
    ]);
    assert.deepEqual(found('Vladimir Putin (VVP) met Lukashenko.'), [
      ['Vladimir Putin', 'person:vladimir-putin'],
      ['Lukashenko', 'person:alexander-lukashenko'],
    ]);
    // No country after the brackets: which ministry it is the text does not say; a candidate, and so is its abbreviation.
    assert.deepEqual(
      recognizer.recognize('Министерство иностранных дел (МИД) выразило протест.').map((m) => [m.text, m.type]),
      [
        ['Министерство иностранных дел', 'candidate'],
        ['МИД', 'candidate'],
      ],
    );
    // A name across a line break is no name.
    assert.deepEqual(found('Министерство иностранных дел (МИД)\nАрмении.').filter(([, id]) => id === 'organization:armenia-foreign-ministry'), []);
  });

  it('is found the same piece by piece as in the whole text', () => {
    const text = 'МОСКВА, 5 мая 2024.\nМинистерство иностранных дел (МИД) Армении выразило протест.\nThe Ministry of Foreign Affairs (MFA) of Armenia protested.\n';
    const incremental = new IncrementalRecognizer(recognizer);
    assert.deepEqual(incremental.recognize(text, {}).mentions, recognizer.recognize(text));
    const edited = text.replace('(МИД) ', '(МИД) \u00a0');
    assert.deepEqual(incremental.recognize(edited, {}).mentions, recognizer.recognize(edited));
  });
});

describe('an abbreviation a report introduces in brackets after a known name', () => {
  it('is that name\'s entity where its letters are the name\'s, in order, from the first', () => {
    assert.deepEqual(found("L'Unione economica eurasiatica (Uee) si è riunita."), [
      ['Unione economica eurasiatica', 'organization:eaeu'],
      ['Uee', 'organization:eaeu'],
    ]);
    assert.deepEqual(found('Евразийский экономический союз (ЕАЭС) расширяется.'), [
      ['Евразийский экономический союз', 'organization:eaeu'],
      ['ЕАЭС', 'organization:eaeu'],
    ]);
  });

  it('leaves what the brackets hold alone when its letters are not the name\'s, or something else is found there', () => {
    // An agency after a dateline, another place.
    assert.deepEqual(found('ALMATY (Kazpravda) — Minsk (Mogilev) reported.'), [
      ['ALMATY', 'place:almaty'],
      ['Minsk', 'place:minsk'],
      ['Mogilev', 'place:mogilev'],
    ]);
  });
});

describe('an abbreviation a report introduces in brackets after a body the knowledge base lacks', () => {
  const guessed = (text: string) => recognizer.recognize(text).map((m) => [m.text, m.id ?? m.guess ?? m.type]);

  it('is a candidate for that body, and so is the abbreviation written again in its line', () => {
    assert.deepEqual(guessed('The Economic Cooperation Organization (ECO) met, and ECO leaders agreed.'), [
      ['Economic Cooperation Organization', 'organization'],
      ['ECO', 'organization'],
      ['ECO', 'organization'],
    ]);
    // Capitals that do not spell the English name: the Russian name's ("ГКНБ").
    assert.deepEqual(guessed('The State Committee for National Security (GKNB) detained him.'), [
      ['State Committee for National Security', 'organization'],
      ['GKNB', 'organization'],
    ]);
  });

  it('leaves a place the knowledge base knows in brackets, and another line, as they were', () => {
    assert.deepEqual(guessed('The Foreign Ministry (UK) said.'), [
      ['Foreign Ministry', 'organization'],
      ['UK', 'place:united-kingdom'],
    ]);
    const text = 'The Economic Cooperation Organization (ECO) met.\nECO leaders agreed.';
    assert.deepEqual(guessed(text).map(([t]) => t), ['Economic Cooperation Organization', 'ECO']);
    const pieces = new IncrementalRecognizer(recognizer).recognize(text, {}).mentions.map((m) => [m.text, m.guess]);
    assert.deepEqual(pieces, recognizer.recognize(text).map((m) => [m.text, m.guess]));
  });
});

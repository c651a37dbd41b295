// Organizations give their bodies the same generic names ("Council of Heads of State", "Совет
// министров иностранных дел"); the knowledge base lists each such name under one body. Written
// beside another organization, the name is that organization's body, or one the knowledge base
// does not know: never the body it was listed under. Sentences made up for these tests.
import * as assert from 'node:assert/strict';
import { bundledRecognizer } from './namesFound';

/** Each mention's text and entity, or the candidate's guess. */
function found(text: string, candidates = true): [string, string][] {
  return bundledRecognizer()
    .recognize(text, { candidates })
    .map((m) => [m.text, m.id ?? `${m.type}:${m.guess ?? 'person'}`]);
}

describe('bodies beside another organization than theirs', () => {
  it('are that organization’s body with the same words, before or after it', () => {
    assert.deepEqual(found('Il Consiglio dei capi di Stato della Sco e la EAEU.'), [
      ['Consiglio dei capi di Stato', 'organization:sco-heads-of-state-council'],
      ['Sco', 'organization:sco'],
      ['EAEU', 'organization:eaeu'],
    ]);
    assert.deepEqual(found('The CIS Council of Heads of State met, then the SCO Council of Foreign Ministers.'), [
      ['CIS', 'organization:cis'],
      ['Council of Heads of State', 'organization:cis-council-of-heads-of-state'],
      ['SCO', 'organization:sco'],
      ['Council of Foreign Ministers', 'organization:sco-council-of-foreign-ministers'],
    ]);
  });

  it('are the body with the same words of the organization named last before them in their line', () => {
    assert.deepEqual(found('SCO foreign ministers gathered in Astana. The Council of Foreign Ministers approved the agenda.'), [
      ['SCO', 'organization:sco'],
      ['Astana', 'place:astana'],
      ['Council of Foreign Ministers', 'organization:sco-council-of-foreign-ministers'],
    ]);
    assert.deepEqual(found('Министры СНГ собрались. Совет министров иностранных дел одобрил повестку.'), [
      ['СНГ', 'organization:cis'],
      ['Совет министров иностранных дел', 'organization:cis-council-of-foreign-ministers'],
    ]);
    // Its own organization named last, none named in its line, or one with no such body: the body it is listed under.
    assert.deepEqual(found('The SCO met.\nThe CSTO summit opened. The Council of Foreign Ministers met.').slice(-1), [['Council of Foreign Ministers', 'organization:csto-council-of-foreign-ministers']]);
    assert.deepEqual(found('The SCO met.\nThe Council of Foreign Ministers met.').slice(-1), [['Council of Foreign Ministers', 'organization:csto-council-of-foreign-ministers']]);
    assert.deepEqual(found('NATO watched. The Council of Foreign Ministers met.').slice(-1), [['Council of Foreign Ministers', 'organization:csto-council-of-foreign-ministers']]);
  });

  it('are a body the knowledge base does not know when that organization has no such body', () => {
    assert.deepEqual(found('The EU Council of Foreign Ministers and the EAEU Council of Heads of State replied.'), [
      ['EU', 'organization:european-union'],
      ['Council of Foreign Ministers', 'candidate:organization'],
      ['EAEU', 'organization:eaeu'],
      ['Council of Heads of State', 'candidate:organization'],
    ]);
    assert.deepEqual(found("Si è riunito il Consiglio dei ministri degli Esteri dell'Osce; Совет глав государств ЕАЭС не собирался."), [
      ['Consiglio dei ministri degli Esteri', 'candidate:organization'],
      ['Osce', 'organization:osce'],
      ['Совет глав государств', 'candidate:organization'],
      ['ЕАЭС', 'organization:eaeu'],
    ]);
    // Without candidates, such a body is left out rather than given to the wrong organization.
    assert.deepEqual(found('The EU Council of Foreign Ministers replied.', false), [['EU', 'organization:european-union']]);
  });

  it("name the CSTO's Collective Security Council, of its heads of state, beside the CSTO", () => {
    assert.deepEqual(found('The CSTO Council of Heads of State will meet in Astana; the CIS Council of Heads of State, in Minsk.'), [
      ['CSTO', 'organization:csto'],
      ['Council of Heads of State', 'organization:csto-collective-security-council'],
      ['Astana', 'place:astana'],
      ['CIS', 'organization:cis'],
      ['Council of Heads of State', 'organization:cis-council-of-heads-of-state'],
      ['Minsk', 'place:minsk'],
    ]);
    assert.deepEqual(found('Совет глав государств ОДКБ и Россия.'), [
      ['Совет глав государств', 'organization:csto-collective-security-council'],
      ['ОДКБ', 'organization:csto'],
      ['Россия', 'place:russia'],
    ]);
  });

  it('stay the body they are listed under beside their own organization, or alone', () => {
    assert.deepEqual(found('The CSTO Council of Foreign Ministers met; later the Council of Foreign Ministers met again.'), [
      ['CSTO', 'organization:csto'],
      ['Council of Foreign Ministers', 'organization:csto-council-of-foreign-ministers'],
      ['Council of Foreign Ministers', 'organization:csto-council-of-foreign-ministers'],
    ]);
    assert.deepEqual(found('Совет министров обороны ОДКБ и Россия.'), [
      ['Совет министров обороны', 'organization:csto-council-of-defence-ministers'],
      ['ОДКБ', 'organization:csto'],
      ['Россия', 'place:russia'],
    ]);
  });
});

import * as assert from 'node:assert/strict';
import { describeArticle, detectLanguage } from '../../src/core/annotation/articleMetadata';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';

const kb = bundledKnowledgeBase();
const recognizer = new Recognizer(kb);

const ENGLISH = 'The defence ministers of the member states met in Minsk on Tuesday and said that the drills will be held in the autumn.';
const ITALIAN = 'I ministri della Difesa dei Paesi membri si sono riuniti a Minsk martedì per discutere delle esercitazioni previste in autunno.';
const RUSSIAN = 'Министры обороны государств-членов встретились во вторник в Минске и обсудили учения, которые пройдут осенью на территории Белоруссии.';

describe('the language a new fact file records for its article', () => {
  it('tells English, Italian and Russian apart by their commonest words', () => {
    assert.equal(detectLanguage(ENGLISH), 'en');
    assert.equal(detectLanguage(ITALIAN), 'it');
    assert.equal(detectLanguage(RUSSIAN), 'ru');
  });

  it('writes the Russian article’s language into what the fact file records', () => {
    const text = `Учения ОДКБ\nМИНСК, 14 октября. ${RUSSIAN}\n`;
    assert.equal(describeArticle(text, recognizer.recognize(text), kb).language, 'ru');
  });

  it('guesses no language from a line too short to tell', () => {
    assert.equal(detectLanguage('Минск, ОДКБ'), undefined);
    assert.equal(detectLanguage('Minsk summit'), undefined);
  });
});

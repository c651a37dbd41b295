// The sentence around a span: the evidence a dataset's reader sees beside a fact.
import * as assert from 'node:assert/strict';
import { sentenceAround } from '../../src/core/text/sentences';

function around(text: string, quote: string, language?: string): string {
  const start = text.indexOf(quote);
  return sentenceAround(text, start, start + quote.length, language);
}

describe('the sentence around a span', () => {
  it('gives the whole sentence, without its neighbours', () => {
    const text = 'The summit opened on Thursday. Vladimir Putin arrived in Astana late. Talks followed.';
    assert.equal(around(text, 'Vladimir Putin'), 'Vladimir Putin arrived in Astana late.');
    assert.equal(around(text, 'Talks'), 'Talks followed.');
  });

  it('stays within the paragraph', () => {
    const text = 'MOSCOW, November 23. /TASS/\nRussian President Vladimir Putin will visit Yerevan\nNext paragraph.';
    assert.equal(around(text, 'Vladimir Putin'), 'Russian President Vladimir Putin will visit Yerevan');
  });

  it('reads Italian and Russian sentences', () => {
    assert.equal(around('Il vertice è finito. Lukashenko è partito ieri! Poi?', 'Lukashenko', 'it'), 'Lukashenko è partito ieri!');
    assert.equal(around('Саммит завершился. Лукашенко уехал вчера. Затем?', 'Лукашенко', 'ru'), 'Лукашенко уехал вчера.');
  });

  it('gives every sentence a span runs across', () => {
    const text = 'One. Two and. Three four. Five.';
    assert.equal(around(text, 'and. Three'), 'Two and. Three four.');
  });

  it('cuts a sentence that runs on, and says so', () => {
    const long = `${'word '.repeat(200)}Putin ${'word '.repeat(200)}`;
    const sentence = around(long, 'Putin');
    assert.ok(sentence.startsWith('…') && sentence.endsWith('…'), sentence.slice(0, 20));
    assert.ok(sentence.length < 700 && sentence.includes('Putin'));
  });
});

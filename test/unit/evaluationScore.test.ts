import * as assert from 'node:assert/strict';
import { parseGold } from '../../src/core/evaluation/gold';
import { goldTypeOf, goldTypeOfMention, type GoldSpan, type PredictedSpan, rates, scoreArticle, totalOf } from '../../src/core/evaluation/score';
import { committedFigures, evaluationMarkdown } from '../../src/core/evaluation/report';
import { evaluate } from '../../src/core/evaluation/evaluate';
import type { Mention } from '../../src/core/recognizer/mention';

// "Yesterday in Minsk the Foreign Minister Ivan Petrov met the CSTO delegation on Monday."
const gold = (start: number, end: number, text: string, type: GoldSpan['type']): GoldSpan => ({ start, end, text, type, canonical: text });
const said = (start: number, end: number, text: string, type: PredictedSpan['type']): PredictedSpan => ({ start, end, text, type });

describe('evaluation: scoring against gold spans', () => {
  it('finds a gold span that a prediction of its type overlaps, and counts exact boundaries apart', () => {
    const golds = [gold(13, 18, 'Minsk', 'PLACE'), gold(40, 51, 'Ivan Petrov', 'PERSON')];
    const score = scoreArticle(golds, [said(13, 18, 'Minsk', 'PLACE'), said(45, 51, 'Petrov', 'PERSON')]);
    assert.deepEqual(score.byType.PLACE, { gold: 1, found: 1, exact: 1, predicted: 1, correct: 1 });
    assert.deepEqual(score.byType.PERSON, { gold: 1, found: 1, exact: 0, predicted: 1, correct: 1 });
    assert.deepEqual(score.inexact.map((i) => i.gold.text), ['Ivan Petrov']);
    assert.equal(rates(totalOf(score.byType)).exact, 0.5);
  });

  it('does not count an overlap of another type: a miss, and a spurious span', () => {
    const score = scoreArticle([gold(60, 64, 'CSTO', 'ORG')], [said(60, 64, 'CSTO', 'PLACE')]);
    assert.equal(score.byType.ORG.found, 0);
    assert.deepEqual(score.misses.map((m) => [m.gold.text, m.seenAs.map((s) => s.type)]), [['CSTO', ['PLACE']]]);
    assert.deepEqual(score.spurious.map((s) => s.text), ['CSTO']);
    assert.equal(score.byType.PLACE.correct, 0);
  });

  it('lowers precision for spans the gold does not have, and not recall', () => {
    const golds = [gold(78, 84, 'Monday', 'DATE')];
    const score = scoreArticle(golds, [said(78, 84, 'Monday', 'DATE'), said(0, 9, 'Yesterday', 'DATE'), said(23, 30, 'Foreign', 'ORG')]);
    const total = rates(totalOf(score.byType));
    assert.equal(total.recall, 1);
    assert.equal(total.precision, 1 / 3);
    assert.deepEqual(score.spurious.map((s) => s.text), ['Yesterday', 'Foreign']);
  });

  it('finds two gold spans with one prediction that covers both, at inexact boundaries', () => {
    // "the CSTO Joint Staff": two spans in the gold, one in the prediction.
    const score = scoreArticle([gold(4, 8, 'CSTO', 'ORG'), gold(9, 20, 'Joint Staff', 'ORG')], [said(4, 20, 'CSTO Joint Staff', 'ORG')]);
    assert.deepEqual(score.byType.ORG, { gold: 2, found: 2, exact: 0, predicted: 1, correct: 1 });
  });

  it('scores a candidate as a person unless it is guessed to be a body, our other types as the gold names them', () => {
    assert.equal(goldTypeOf('candidate'), 'PERSON');
    assert.equal(goldTypeOfMention({ type: 'candidate' }), 'PERSON');
    assert.equal(goldTypeOfMention({ type: 'candidate', guess: 'organization' }), 'ORG');
    assert.deepEqual((['person', 'organization', 'place', 'date', 'event'] as const).map(goldTypeOf), ['PERSON', 'ORG', 'PLACE', 'DATE', 'EVENT']);
  });
});

describe('evaluation: gold files', () => {
  const text = 'Il 3 maggio 🇷🇺 Mosca ha risposto.';
  it('reads UTF-16 offsets as they are, and code-point offsets converted', () => {
    const utf16 = text.indexOf('Mosca');
    const codePoints = [...text.slice(0, utf16)].length;
    assert.notEqual(utf16, codePoints);
    for (const start of [utf16, codePoints]) {
      const [span] = parseGold(text, `${start}\t${start + 5}\tMosca\tPLACE\tMoscow\n`, 'a.gold.tsv');
      assert.deepEqual([span.start, span.end, text.slice(span.start, span.end)], [utf16, utf16 + 5, 'Mosca']);
    }
  });

  it('names the file, line and field of a bad line', () => {
    assert.throws(() => parseGold(text, '3\t10\tmaggio\tDATE\t--05-03\n3\t10\t3 maggio\tTIME\tx', 'a.gold.tsv'), /^Error: a\.gold\.tsv:1: surface: /);
    assert.throws(() => parseGold(text, '3\t11\t3 maggio\tTIME\tx', 'a.gold.tsv'), /a\.gold\.tsv:1: type: "TIME"/);
    assert.throws(() => parseGold(text, '3\t11\t3 maggio\tDATE', 'b.gold.tsv'), /b\.gold\.tsv:1: expected 5 tab-separated fields/);
  });
});

describe('evaluation: the report and the figures read back from it', () => {
  it('reads back the per-language precision and recall it wrote', () => {
    const article = (name: string, language: string, text: string, golds: GoldSpan[]) => ({ name, language, text, gold: golds });
    const articles = [
      article('01_en_a', 'en', 'Minsk and Kazan', [gold(0, 5, 'Minsk', 'PLACE'), gold(10, 15, 'Kazan', 'PLACE')]),
      article('02_ru_b', 'ru', 'Минск', [gold(0, 5, 'Минск', 'PLACE')]),
    ];
    const recognize = (text: string): Mention[] => (text.startsWith('Minsk') ? [{ start: 0, end: 5, text: 'Minsk', type: 'place' }, { start: 6, end: 9, text: 'and', type: 'person' }] : []);
    const markdown = evaluationMarkdown(evaluate(articles, recognize), { date: new Date(0), whatChanged: 'nothing' });
    assert.match(markdown, /What changed: nothing/);
    assert.deepEqual(Object.fromEntries(committedFigures(markdown)), { en: { precision: 0.5, recall: 0.5 }, ru: { precision: NaN, recall: 0 } });
  });
});

// The recognizer on the evaluation corpus (evaluation/) may not fall below the figures committed in
// EVALUATION.md: `npm run eval` raises them when it improves, and this test keeps them there.
import '../../src/editor/services/zodConfig';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { EVALUATION_REPORT, readEvaluationCorpus } from '../../bench/evaluation/corpus';
import { evaluate } from '../../src/core/evaluation/evaluate';
import { asCommitted, committedFigures, LANGUAGE_NAMES } from '../../src/core/evaluation/report';
import { rates, totalOf } from '../../src/core/evaluation/score';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';

describe('evaluation corpus: the committed figures hold', () => {
  let committed: ReturnType<typeof committedFigures>;
  let score: ReturnType<typeof evaluate>;
  before(() => {
    committed = committedFigures(readFileSync(EVALUATION_REPORT, 'utf8'));
    const recognizer = new Recognizer(bundledKnowledgeBase());
    score = evaluate(readEvaluationCorpus(), (text) => recognizer.recognize(text));
  });

  it('has committed figures for every language of the corpus', () => {
    assert.deepEqual([...committed.keys()].sort(), [...score.byLanguage.keys()].sort());
  });

  for (const language of Object.keys(LANGUAGE_NAMES)) {
    it(`${LANGUAGE_NAMES[language]}: precision and recall at least as committed in EVALUATION.md`, () => {
      const floor = committed.get(language);
      const byType = score.byLanguage.get(language);
      assert.ok(floor && byType, `no ${language} figures`);
      const now = rates(totalOf(byType));
      assert.ok(asCommitted(now.recall) >= floor.recall, `${language} recall ${asCommitted(now.recall)} < ${floor.recall} committed in EVALUATION.md`);
      assert.ok(asCommitted(now.precision) >= floor.precision, `${language} precision ${asCommitted(now.precision)} < ${floor.precision} committed in EVALUATION.md`);
    });
  }
});

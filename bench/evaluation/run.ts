// `npm run eval`: runs the recognizer with the bundled knowledge base on every article of
// evaluation/, prints precision, recall and F1 per language and per type, and what was missed or
// recognized wrongly per article, and writes EVALUATION.md.
//
//   node out/bench/evaluation/run.js [what changed]
import '../../src/editor/services/zodConfig';
import { writeFileSync } from 'node:fs';
import { evaluate } from '../../src/core/evaluation/evaluate';
import { detailsText, evaluationMarkdown, summaryText } from '../../src/core/evaluation/report';
import { bundledKnowledgeBase } from '../../src/core/knowledgeBase/knowledgeBase';
import { Recognizer } from '../../src/core/recognizer/recognizer';
import { EVALUATION_REPORT, readEvaluationCorpus } from './corpus';

function main(): void {
  const whatChanged = process.argv.slice(2).join(' ').trim() || undefined;
  const recognizer = new Recognizer(bundledKnowledgeBase());
  const score = evaluate(readEvaluationCorpus(), (text) => recognizer.recognize(text));
  console.log(detailsText(score));
  console.log('');
  console.log(summaryText(score));
  writeFileSync(EVALUATION_REPORT, evaluationMarkdown(score, { date: new Date(), whatChanged }));
  console.log(`\nWritten to ${EVALUATION_REPORT}`);
}

main();

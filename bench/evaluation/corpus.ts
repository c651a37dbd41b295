// The evaluation corpus, read from evaluation/ at the top of the project: each `NN_lang_slug.txt`
// with its `NN_lang_slug.gold.tsv`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvaluationArticle } from '../../src/core/evaluation/evaluate';
import { languageOfName } from '../../src/core/evaluation/evaluate';
import { parseGold } from '../../src/core/evaluation/gold';
import { ROOT } from '../lib/results';

export const EVALUATION_FOLDER = join(ROOT, 'evaluation');
export const EVALUATION_REPORT = join(ROOT, 'EVALUATION.md');

export function readEvaluationCorpus(folder = EVALUATION_FOLDER): EvaluationArticle[] {
  const names = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
  return names.map((name) => {
    const language = languageOfName(name);
    if (!language) throw new Error(`${join(folder, name)}.txt: the name does not say the language (NN_lang_slug.txt)`);
    const text = readFileSync(join(folder, `${name}.txt`), 'utf8');
    const gold = parseGold(text, readFileSync(join(folder, `${name}.gold.tsv`), 'utf8'), join(folder, `${name}.gold.tsv`));
    return { name, language, text, gold };
  });
}

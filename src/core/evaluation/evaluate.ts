// The evaluation of a recognizer on a corpus of articles with gold spans, per article, per language
// and per type.
import type { Mention } from '../recognizer/mention';
import { addCounts, type ArticleScore, byTypeCounts, type Counts, GOLD_TYPES, type GoldSpan, type GoldType, goldTypeOfMention, noCounts, scoreArticle, totalOf } from './score';

export interface EvaluationArticle {
  /** The file name without its extension: `NN_lang_slug`. */
  name: string;
  language: string;
  text: string;
  gold: GoldSpan[];
}

export interface ArticleResult {
  article: EvaluationArticle;
  score: ArticleScore;
}

export interface CorpusScore {
  articles: ArticleResult[];
  /** Per language, per type. */
  byLanguage: Map<string, Record<GoldType, Counts>>;
  /** Per type over every language. */
  byType: Record<GoldType, Counts>;
  total: Counts;
}

/** The language of a corpus file named `NN_lang_slug`. */
export function languageOfName(name: string): string | undefined {
  return /^\d+_([a-z]{2})_/.exec(name)?.[1];
}

export function evaluate(articles: readonly EvaluationArticle[], recognize: (text: string) => readonly Mention[]): CorpusScore {
  const results = articles.map((article) => {
    const predicted = recognize(article.text).map((m) => ({ start: m.start, end: m.end, text: m.text, type: goldTypeOfMention(m) }));
    return { article, score: scoreArticle(article.gold, predicted) };
  });
  const byLanguage = new Map<string, Record<GoldType, Counts>>();
  const byType = byTypeCounts();
  for (const { article, score } of results) {
    let language = byLanguage.get(article.language);
    if (!language) byLanguage.set(article.language, (language = byTypeCounts()));
    for (const type of GOLD_TYPES) {
      addCounts(language[type], score.byType[type]);
      addCounts(byType[type], score.byType[type]);
    }
  }
  return { articles: results, byLanguage, byType, total: addCounts(noCounts(), totalOf(byType)) };
}

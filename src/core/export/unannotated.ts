// The names the recognizer finds in an article that its annotations leave out: neither annotated
// nor marked "not an entity". A format that tags every token (CoNLL, spaCy, Label Studio) writes
// them as plain text, which a model trained on the export learns as "not a name"; the export says
// how many there are, so that a half-annotated article is not taken for a finished one.
import { isAnnotatable } from '../annotation/status';
import type { Mention } from '../recognizer/mention';
import type { ExportFormat } from './index';
import type { PreparedArticle } from './prepare';

/** The formats in which text outside every annotation is written as "not a name". */
export function tagsEveryToken(format: ExportFormat): boolean {
  return format === 'conll' || format === 'spacy' || format === 'label-studio';
}

/**
 * The recognized mentions of `article` (entities and dates) that overlap no mention it exports
 * and that no "not an entity" mark of its fact file covers, in text order.
 */
export function unannotatedNames(article: PreparedArticle, recognized: readonly Mention[]): Mention[] {
  const rejected = new Set<string>();
  for (const r of article.article.factFile.rejections ?? []) {
    // A mark holds only while its text is still at its offsets.
    if (article.text.slice(r.start, r.end) === r.quote) rejected.add(`${r.start}:${r.end}`);
  }
  const annotated = article.mentions;
  const left: Mention[] = [];
  let k = 0;
  for (const m of [...recognized].sort((a, b) => a.start - b.start)) {
    if (!isAnnotatable(m) || rejected.has(`${m.start}:${m.end}`)) continue;
    // The exported mentions are sorted by start: skip those that end before this one starts.
    while (k < annotated.length && annotated[k].end <= m.start) k++;
    let covered = false;
    for (let j = k; j < annotated.length && annotated[j].start < m.end; j++) if (annotated[j].end > m.start) covered = true;
    if (!covered) left.push(m);
  }
  return left;
}

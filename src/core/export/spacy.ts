// Span JSON Lines as spaCy and Prodigy read them: one line per article, articles in path order,
//
//   { "text", "spans": [{ "start", "end", "label", "kb_id"? }],
//     "meta": { "path", "language"?, "publisher"?, "published"? } }
//
// Offsets count Unicode code points (Python's str), so `doc.char_span(start, end, label=label,
// kb_id=kb_id)` takes them as they are. Labels are the CoNLL export's (PER, ORG, LOC, EVENT, DATE),
// those of spaCy's Italian, Russian and multilingual pipelines; `kb_id` is the mention's entity id,
// or a date's ISO 8601 value (`2022-11-23`, `--10-06` without a year), so that nothing a span says
// is lost on the way back.
// Spans overlap where mentions do (a span group holds them; `doc.ents` needs them apart).
import { CONLL_TAGS } from './conll';
import { jsonLine } from './json';
import type { ArticleResult, ExportContext, Exporter } from './exporter';
import { type ArticleRecord, articleRecord, type PreparedArticle } from './prepare';

export interface SpacySpan {
  start: number;
  end: number;
  label: string;
  kb_id?: string;
}

export interface SpacyRecord {
  text: string;
  spans: SpacySpan[];
  meta: { path: string } & ArticleRecord;
}

export function spacyRecord(article: PreparedArticle): SpacyRecord {
  const spans = article.mentions.map((m): SpacySpan => {
    const span: SpacySpan = { start: m.codePointStart, end: m.codePointEnd, label: CONLL_TAGS[m.kind] };
    const link = m.entity ?? m.date;
    if (link !== undefined) span.kb_id = link;
    return span;
  });
  return { text: article.text, spans, meta: { path: article.path, ...articleRecord(article) } };
}

export function spacyExporter(context: ExportContext): Exporter {
  return {
    filesWritten: 1,
    async begin() {},
    async article(article: PreparedArticle): Promise<ArticleResult> {
      await context.output.write(`${jsonLine(spacyRecord(article))}\n`);
      return { mentions: article.mentions.length, facts: 0, records: 1 };
    },
    async end() {},
  };
}

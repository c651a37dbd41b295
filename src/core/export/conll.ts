// CoNLL with IOB2 tags: one `token<TAB>tag` line per token, LF line ends, a blank line after each
// sentence, and each article opened by a `-DOCSTART-<TAB>O` line and a blank line, articles in path
// order. Tags: B-/I- with PER (people), ORG (organizations), LOC (places), EVENT, DATE; O elsewhere.
//
// Mentions' edges always split tokens, so each mention is exactly a B- token and the I- tokens
// after it. IOB2 cannot nest: where mentions overlap, the one that starts first (the longer one
// when they start together) is kept and the others are left out, with a warning. A sentence never
// ends inside a mention.
import type { Problem } from '../problems';
import type { ArticleResult, ExportContext, Exporter } from './exporter';
import type { MentionKind, PreparedArticle, PreparedMention } from './prepare';
import { sentencesOf, tokensOf } from './tokenize';

export const CONLL_TAGS: Record<MentionKind, string> = {
  person: 'PER',
  organization: 'ORG',
  place: 'LOC',
  event: 'EVENT',
  date: 'DATE',
};

export const DOCSTART = '-DOCSTART-\tO\n\n';

/** The mentions IOB2 can hold: no two overlapping, the outer one kept. */
export function flatMentions(mentions: readonly PreparedMention[]): { kept: PreparedMention[]; dropped: { mention: PreparedMention; by: PreparedMention }[] } {
  const ordered = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const kept: PreparedMention[] = [];
  const dropped: { mention: PreparedMention; by: PreparedMention }[] = [];
  for (const m of ordered) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) dropped.push({ mention: m, by: last });
    else kept.push(m);
  }
  return { kept, dropped };
}

/**
 * One article in CoNLL, from its -DOCSTART- line to the blank line after its last sentence, a
 * sentence at a time (each piece ends with its blank line), so that a long article's tokens are
 * never all in memory; `tokens` counts them as they go by.
 */
export function* conllPieces(article: PreparedArticle, kept: readonly PreparedMention[], counter: { tokens: number }): Generator<string> {
  yield DOCSTART;
  let k = 0;
  let begun = -1;
  for (const sentence of sentencesOf(article.text, tokensOf(article.text, kept.flatMap((m) => [m.start, m.end])), kept)) {
    let out = '';
    for (const token of sentence) {
      while (k < kept.length && kept[k].end <= token.start) k++;
      const m = kept[k];
      let tag = 'O';
      if (m && m.start <= token.start && token.end <= m.end) {
        // The first token of a mention begins it, even when the quote starts with a space.
        tag = `${begun === k ? 'I' : 'B'}-${CONLL_TAGS[m.kind]}`;
        begun = k;
      }
      out += `${token.text}\t${tag}\n`;
      counter.tokens++;
    }
    yield `${out}\n`;
  }
}

export function conllExporter(context: ExportContext): Exporter {
  return {
    filesWritten: 1,
    async begin() {},
    async article(article): Promise<ArticleResult> {
      const { kept, dropped } = flatMentions(article.mentions);
      const counter = { tokens: 0 };
      for (const piece of conllPieces(article, kept, counter)) await context.output.write(piece);
      const problems: Problem[] = dropped.map(({ mention, by }) => ({
        file: article.factFilePath,
        line: 1,
        column: 1,
        field: '',
        message: `mention ${mention.id} ("${mention.quote}") overlaps ${by.id} ("${by.quote}"); CoNLL keeps only ${by.id}`,
        severity: 'warning',
      }));
      // Tags hold spans only: the article's facts are not written.
      return { mentions: kept.length, facts: 0, records: counter.tokens, skippedMentions: dropped.length, problems };
    },
    async end() {},
  };
}

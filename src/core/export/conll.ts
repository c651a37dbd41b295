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
import { sentences, tokenize } from './tokenize';

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

/** One article in CoNLL, from its -DOCSTART- line to the blank line after its last sentence. */
export function conllDocument(article: PreparedArticle): { text: string; tokens: number; kept: PreparedMention[]; dropped: { mention: PreparedMention; by: PreparedMention }[] } {
  const { kept, dropped } = flatMentions(article.mentions);
  const tokens = tokenize(article.text, kept.flatMap((m) => [m.start, m.end]));
  let out = DOCSTART;
  let k = 0;
  let begun = -1;
  let count = 0;
  for (const sentence of sentences(article.text, tokens, kept)) {
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
      count++;
    }
    out += '\n';
  }
  return { text: out, tokens: count, kept, dropped };
}

export function conllExporter(context: ExportContext): Exporter {
  return {
    filesWritten: 1,
    async begin() {},
    async article(article): Promise<ArticleResult> {
      const document = conllDocument(article);
      await context.output.write(document.text);
      const problems: Problem[] = document.dropped.map(({ mention, by }) => ({
        file: article.factFilePath,
        line: 1,
        column: 1,
        field: '',
        message: `mention ${mention.id} ("${mention.quote}") overlaps ${by.id} ("${by.quote}"); CoNLL keeps only ${by.id}`,
        severity: 'warning',
      }));
      return { mentions: document.kept.length, facts: article.facts.length, records: document.tokens, skippedMentions: document.dropped.length, problems };
    },
    async end() {},
  };
}

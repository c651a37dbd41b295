// The tokens of an article tagged in IOB2 by each side, as the CoNLL export tags them, for Cohen's
// κ. Both sides' tags are taken on one tokenization: the export's tokenizer, split at the edges of
// both sides' mentions, so that every token lies wholly inside or outside each side's mentions.
// Where one side's mentions overlap, IOB2 keeps the outer one, as the export does.
import { CONLL_TAGS, flatMentions } from '../export/conll';
import type { PreparedMention } from '../export/prepare';
import { tokenize, type Token } from '../export/tokenize';
import { AgreementTable } from './kappa';

/** The IOB2 tag of each token for the given (not overlapping, sorted) mentions. */
function tags(tokens: readonly Token[], kept: readonly PreparedMention[]): string[] {
  const out: string[] = [];
  let k = 0;
  let begun = -1;
  for (const token of tokens) {
    while (k < kept.length && kept[k].end <= token.start) k++;
    const m = kept[k];
    if (m && m.start <= token.start && token.end <= m.end) {
      out.push(`${begun === k ? 'I' : 'B'}-${CONLL_TAGS[m.kind]}`);
      begun = k;
    } else out.push('O');
  }
  return out;
}

/** Every token's pair of tags (A's, B's), counted in a table. */
export function tokenTable(text: string, a: readonly PreparedMention[], b: readonly PreparedMention[]): AgreementTable {
  const keptA = flatMentions(a).kept;
  const keptB = flatMentions(b).kept;
  const tokens = tokenize(text, [...keptA, ...keptB].flatMap((m) => [m.start, m.end]));
  const tagsA = tags(tokens, keptA);
  const tagsB = tags(tokens, keptB);
  const table = new AgreementTable();
  for (let i = 0; i < tokens.length; i++) table.add(tagsA[i], tagsB[i]);
  return table;
}

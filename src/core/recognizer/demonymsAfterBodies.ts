// "il Jogorku Kenesh kirghiso", "il Majlisi Oli tagiko": a demonym written right after a state
// body's name is part of its mention, as the guidelines mark "ministero della Difesa russa", also
// where the knowledge base lists the name without it. Only the country's own demonym counts: "il
// Majlisi Oli tagiko" is one mention, "la Duma kazaka" would be no name of the Duma at all.
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { foldString, isWordCode } from '../text/fold';
import type { Mention } from './mention';
import { countryAbove } from './possessiveBodies';
import { isLowerUnit } from './unitCase';
import { isWordSpace } from './textScan';

/** The longest demonym looked at: longer words are none. */
const MAX_DEMONYM_LENGTH = 24;

export class DemonymsAfterBodies {
  /** By body id, its country's demonyms folded; null for a body of no country. Filled as bodies are met. */
  private readonly demonymsOf = new Map<string, ReadonlySet<string> | null>();

  constructor(private readonly knowledgeBase: KnowledgeBase) {}

  /** `mentions` (sorted, apart) with each state body followed by its country's demonym in small letters taking it in. */
  extend(text: string, mentions: readonly Mention[]): Mention[] {
    let out: Mention[] | undefined;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      const end = m.type === 'organization' && m.id !== undefined ? this.demonymEnd(text, m, mentions[k + 1]) : undefined;
      if (end === undefined) {
        out?.push(m);
        continue;
      }
      out ??= mentions.slice(0, k);
      out.push({ ...m, end, text: text.slice(m.start, end) });
    }
    return out ?? (mentions as Mention[]);
  }

  /** Where the demonym of body `m`'s country written right after it ends, if one is; `next` is the mention after it. */
  private demonymEnd(text: string, m: Mention, next: Mention | undefined): number | undefined {
    const start = m.end + 1;
    if (!isWordSpace(text.charCodeAt(m.end)) || start >= text.length || !isLowerUnit(text.charCodeAt(start))) return undefined;
    let end = start;
    while (end < text.length && end - start <= MAX_DEMONYM_LENGTH && isWordCode(text.charCodeAt(end))) end++;
    if (end - start > MAX_DEMONYM_LENGTH || (next !== undefined && next.start < end)) return undefined;
    const demonyms = this.countryDemonyms(m.id!);
    return demonyms?.has(foldString(text.slice(start, end))) ? end : undefined;
  }

  private countryDemonyms(id: string): ReadonlySet<string> | null {
    let demonyms = this.demonymsOf.get(id);
    if (demonyms === undefined) {
      const body = this.knowledgeBase.get(id);
      const country = body?.type === 'organization' ? countryAbove(this.knowledgeBase, body.parent) : undefined;
      demonyms = country?.demonyms ? new Set(Object.values(country.demonyms).flat().map(foldString)) : null;
      this.demonymsOf.set(id, demonyms);
    }
    return demonyms;
  }
}

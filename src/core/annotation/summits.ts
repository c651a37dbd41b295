// Which summit an article is about, from what it mentions: the summit itself, its city, its
// dates, its organization, and the article's own date.
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Event } from '../knowledgeBase/schema';
import type { Mention } from '../recognizer/mention';

export interface SummitGuess {
  event: Event;
  score: number;
  /** Why, in short words a person can check: "city named 4×", "date 2022-11-23". */
  reasons: string[];
}

const DAY = 86_400_000;
export const time = (iso: string): number => Date.parse(iso.length === 4 ? `${iso}-07-01` : iso.length === 7 ? `${iso}-15` : iso);

/** The kinds of event leaders attend, which an article may be about; exercises are reported, not attended. */
const ATTENDED_KINDS: ReadonlySet<Event['kind']> = new Set(['summit', 'meeting']);

/**
 * Whether an article published on `published` (a full date) reports on the event as news: from
 * three weeks before it starts to ten days after it ends.
 */
export function publishedAround(event: Pick<Event, 'start' | 'end'>, published: string): boolean {
  if (!event.start) return false;
  const t = time(published);
  return t >= time(event.start) - 21 * DAY && t <= time(event.end ?? event.start) + 10 * DAY;
}

/**
 * Summits and meetings, bundled or of the workspace's knowledge base, ranked by how well the
 * article's mentions fit them; the best first, none that do not fit.
 */
export function inferSummits(mentions: readonly Mention[], knowledgeBase: KnowledgeBase, published?: string): SummitGuess[] {
  const count = (id: string) => mentions.filter((m) => m.id === id).length;
  const dates = mentions.filter((m) => m.type === 'date' && m.iso).map((m) => m.iso!);
  const guesses: SummitGuess[] = [];
  for (const event of knowledgeBase.ofType('event')) {
    if (!ATTENDED_KINDS.has(event.kind) || !event.start) continue;
    let score = 0;
    const reasons: string[] = [];
    const named = count(event.id);
    if (named > 0) {
      score += 4;
      reasons.push(`summit named ${named}×`);
    }
    if (event.city) {
      const n = count(event.city);
      if (n > 0) {
        score += Math.min(3, n);
        reasons.push(`${knowledgeBase.get(event.city)?.name ?? event.city} named ${n}×`);
      }
    }
    if (event.organization && count(event.organization) > 0) score += 1;
    const from = time(event.start);
    const to = time(event.end ?? event.start);
    for (const iso of dates) {
      const single = iso.split('/')[0];
      if (/^\d{4}-\d{2}-\d{2}$/.test(single)) {
        const t = time(single);
        if (t >= from && t <= to) {
          score += 3;
          reasons.push(`date ${single}`);
          break;
        }
      } else if (/^--\d{2}-\d{2}$/.test(single) && event.start.slice(4, 10) === single.slice(1)) {
        // A date without a year: the same day of the year is a hint, no more.
        score += 1;
        reasons.push(`date ${single.slice(2)}`);
        break;
      }
    }
    if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) {
      const t = time(published);
      if (publishedAround(event, published)) {
        score += 2;
        reasons.push(`published ${published}`);
      } else if (Math.abs(t - from) > 120 * DAY) {
        score -= 4;
      }
    }
    if (score >= 2) guesses.push({ event, score, reasons });
  }
  return guesses.sort((a, b) => b.score - a.score || (a.event.start ?? '').localeCompare(b.event.start ?? ''));
}

/** The summit an article is clearly about, or undefined when the guesses are too close to call. */
export function clearSummit(guesses: readonly SummitGuess[]): SummitGuess | undefined {
  const [first, second] = guesses;
  if (!first || first.score < 4) return undefined;
  return !second || first.score - second.score >= 2 ? first : undefined;
}

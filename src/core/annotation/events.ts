// Events as an annotator records them: every event the workspace knows (the bundled summits and
// the events of the workspace's own knowledge base), those of the article's date first; and the
// workspace event made for a meeting the knowledge base does not have.
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { slugId } from '../knowledgeBase/editFile';
import type { EntityInput, Event, Organization } from '../knowledgeBase/schema';

export type EventInput = Extract<EntityInput, { type: 'event' }>;
import { findTitles } from './roles';
import { publishedAround, time } from './summits';

/**
 * Every event of the knowledge base, in the order to offer them: `first` (the article's likely
 * summits, best first), then the events an article of date `at` reports on (the nearest first),
 * then the rest, the latest first, and those without a date last, by name.
 */
export function eventsInOrder(knowledgeBase: KnowledgeBase, at: string | undefined, first: readonly string[] = []): Event[] {
  const events = knowledgeBase.ofType('event');
  const rank = new Map(first.map((id, i) => [id, i]));
  const fullDate = at && /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : undefined;
  const near = (e: Event) => (fullDate ? publishedAround(e, fullDate) : false);
  const distance = (e: Event) => (fullDate && e.start ? Math.abs(time(e.start) - time(fullDate)) : Infinity);
  const group = (e: Event) => (rank.has(e.id) ? 0 : near(e) ? 1 : e.start ? 2 : 3);
  return events.sort(
    (a, b) =>
      group(a) - group(b) ||
      (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0) ||
      (group(a) === 1 ? distance(a) - distance(b) : 0) ||
      (b.start ?? '').localeCompare(a.start ?? '') ||
      a.name.localeCompare(b.name),
  );
}

/** What an annotator says of a meeting the knowledge base does not have. */
export interface MeetingDescription {
  kind: Event['kind'];
  name: string;
  organization: string;
  city: string;
  /** A day, month or year; a range `start/end` of those. */
  dates: string;
}

/** The workspace knowledge-base entry for a meeting: an event with an id of its own, held where its city lies. */
export function meetingEvent(knowledgeBase: KnowledgeBase, meeting: MeetingDescription): EventInput {
  const [start, end] = meeting.dates.split('/');
  const city = knowledgeBase.get(meeting.city);
  const host = city?.type === 'place' ? (city.kind === 'state' ? city.id : city.country) : undefined;
  return {
    id: slugId('event', meeting.name, (id) => knowledgeBase.get(id) !== undefined),
    type: 'event',
    kind: meeting.kind,
    name: meeting.name.trim(),
    organization: meeting.organization,
    city: meeting.city,
    ...(host ? { host } : {}),
    start,
    ...(end ? { end } : {}),
  };
}

/** The offices whose holders meet, as a name says them: "CSTO meeting of defence ministers". */
const OFFICE_PLURALS: Record<string, string> = {
  'Minister of Foreign Affairs': 'foreign ministers',
  'Minister of Defence': 'defence ministers',
  'Deputy Minister of Foreign Affairs': 'deputy foreign ministers',
  'Prime Minister': 'prime ministers',
  'Deputy Prime Minister': 'deputy prime ministers',
  'Chief of the General Staff': 'chiefs of the general staff',
  'Secretary General': 'secretaries general',
};

const KIND_WORDS: Record<Event['kind'], string> = { summit: 'summit', meeting: 'meeting', exercise: 'exercise', exhibition: 'exhibition', operation: 'operation' };

/**
 * A name to offer for a new event, as the bundled ones are named: "CSTO meeting of defence
 * ministers, Moscow 2024-11". The offices come from `context` (the sentence that reports the
 * meeting), when it names whose meeting it is.
 */
export function meetingName(knowledgeBase: KnowledgeBase, parts: { kind: Event['kind']; organization?: string; city?: string; dates?: string; context?: string }): string {
  const organization = knowledgeBase.get(parts.organization ?? '');
  const city = knowledgeBase.get(parts.city ?? '');
  const offices = parts.kind === 'meeting' ? [...new Set(findTitles(parts.context ?? '').map((t) => OFFICE_PLURALS[t.role]).filter(Boolean))] : [];
  const what = [organization?.type === 'organization' ? shortName(organization) : undefined, KIND_WORDS[parts.kind]].filter(Boolean).join(' ');
  const whose = offices.length > 0 ? ` of ${offices.join(' and ')}` : '';
  const where = [city?.name, parts.dates?.split('/')[0].slice(0, 7)].filter(Boolean).join(' ');
  return `${what}${whose}${where ? `, ${where}` : ''}`;
}

/**
 * The office whose holders meet at `event`, as its name says it ("CSTO meeting of foreign
 * ministers, Astana 2025" gives Minister of Foreign Affairs); undefined when the name says none,
 * or more than one.
 */
export function officeOfMeeting(event: Event): string | undefined {
  const name = event.name.toLowerCase();
  const offices = Object.entries(OFFICE_PLURALS).filter(([, plural]) => new RegExp(`\\b${plural}\\b`).test(name));
  // "deputy foreign ministers" also says "foreign ministers": the longer plural is the office.
  const longest = offices.filter(([, plural]) => !offices.some(([, other]) => other !== plural && other.includes(plural)));
  return longest.length === 1 ? longest[0][0] : undefined;
}

/** An organization's acronym when it has one ("CSTO"), else its name. */
function shortName(organization: Organization): string {
  const acronyms = (organization.aliases.en ?? []).filter((a) => /^\p{Lu}{2,8}$/u.test(a));
  return acronyms.sort((a, b) => a.length - b.length)[0] ?? organization.name;
}

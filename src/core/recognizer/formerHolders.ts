// A known person's surname after "former" and a title is someone who has left that post: when the
// knowledge base's person of that surname holds the post at the article's date, the name is a
// namesake ("Azerbaijan's former leader Aliyev" is Heydar Aliyev, not the President Ilham Aliyev;
// "l'ex presidente Aliyev", "бывший президент Алиев"). Likewise after "the late" or "покойный"
// when the person holds any post then. Such a name is a candidate, with the title as its role.
// A full name stays linked: a writer who names Ilham Aliyev means him; and a person the knowledge
// base gives no post, or who also left that post once, is left as linked.
import { findTitles, rolesAt } from '../annotation/roles';
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Person } from '../knowledgeBase/schema';
import type { Mention } from './mention';

/** How far before a surname its "former" is looked for. */
const REACH = 80;
// "former", "ex", "ex-", "the late", then up to five words with no clause break: the title, and
// perhaps the country ("former Azerbaijani president", "бывший президент Азербайджана").
const FORMER_BEFORE =
  /(?<![\p{L}\p{N}])(former|ex|экс|бывш\p{L}*|the[ \u00a0]+late|покойн\p{L}*|defunt[oa]|compiant[oa])(?:[ \u00a0]*[-‐][ \u00a0]*|[ \u00a0]+)((?:[^\s,;:.!?()"«»“”]+[ \u00a0]+){0,5})$/iu;
/** Words of the dead: the person holds no post any longer, whichever the title. */
const LATE = /^(?:the[ \u00a0]+late|покойн|defunt|compiant)/iu;
/** "former Soviet republics", "ex sovietici": what is former is a state, not the person. */
const FORMER_STATE = /^(?:sovi?et|ussr|советск|ссср|yugoslav|jugoslav|югослав|czechoslovak|cecoslovacc|чехословацк)/iu;
/** Titles of anyone at the head of a state or a government. */
const LEADER = /(?<![\p{L}\p{N}])(?:leader|лидер\p{L}*|глав\p{L}*[ \u00a0]+государства|capo[ \u00a0]+dello[ \u00a0]+stato|capo[ \u00a0]+di[ \u00a0]+stato)(?![\p{L}\p{N}])/iu;

export class FormerHolders {
  constructor(private readonly knowledgeBase: KnowledgeBase) {}

  /**
   * `known` (sorted) without the surnames a "former" title makes namesakes, and those names as
   * candidates, sorted. `at`: the article's day, or its year, or undefined when neither is known.
   */
  resolve(text: string, known: Mention[], at: string | undefined): { known: Mention[]; former: Mention[] } {
    let result: Mention[] | undefined;
    const former: Mention[] = [];
    // Where the last person before the current mention ends: a "former" before it is that person's.
    let personEnd = -1;
    for (let i = 0; i < known.length; i++) {
      const m = known[i];
      const namesake = m.type === 'person' ? this.namesakeAt(text, m, personEnd, at) : undefined;
      if (m.type === 'person') personEnd = m.end;
      if (namesake === undefined) {
        result?.push(m);
        continue;
      }
      result ??= known.slice(0, i);
      former.push(namesake);
    }
    return { known: result ?? known, former };
  }

  /** Mention `m` as a candidate when a "former" title before it makes it a namesake of its person. */
  private namesakeAt(text: string, m: Mention, personEnd: number, at: string | undefined): Mention | undefined {
    if (m.id === undefined || /[\s\u00a0]/.test(m.text)) return undefined;
    const from = Math.max(0, m.start - REACH, personEnd);
    const before = FORMER_BEFORE.exec(text.slice(from, m.start));
    if (before === null) return undefined;
    const gap = before[2];
    if (FORMER_STATE.test(gap)) return undefined;
    const person = this.knowledgeBase.get(m.id);
    if (person?.type !== 'person') return undefined;
    const title = LATE.test(before[1]) ? this.anyPostHeld(person, gap, at) : this.postHeld(person, gap, at);
    if (title === undefined) return undefined;
    return { start: m.start, end: m.end, text: m.text, type: 'candidate', ...(title === '' ? {} : { role: title }) };
  }

  /** After "the late": the title as written ('' for none) when the person holds some post at `at`. */
  private anyPostHeld(person: Person, gap: string, at: string | undefined): string | undefined {
    if (rolesAt(person, at).length === 0) return undefined;
    return findTitles(gap)[0]?.text ?? LEADER.exec(gap)?.[0] ?? '';
  }

  /**
   * After "former": the title as written when the person holds the post it names at `at` and never
   * left it before ("leader": any post). Undefined when the gap names no post, or another one.
   */
  private postHeld(person: Person, gap: string, at: string | undefined): string | undefined {
    const leader = LEADER.exec(gap);
    if (leader) return rolesAt(person, at).length > 0 && !person.roles.some((role) => left(role, at)) ? leader[0] : undefined;
    const titles = findTitles(gap);
    if (titles.length === 0) return undefined;
    const { role, text } = titles[titles.length - 1];
    return rolesAt(person, at).some((r) => r.role === role) && !person.roles.some((r) => r.role === role && left(r, at)) ? text : undefined;
  }
}

/** Whether a post had ended by `at`; without a date, whether it has ended. */
function left(role: { end?: string }, at: string | undefined): boolean {
  return role.end !== undefined && (at === undefined || role.end.slice(0, at.length) < at.slice(0, role.end.length));
}

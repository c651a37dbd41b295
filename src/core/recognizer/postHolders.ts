// A surname alone names the knowledge base's best-known person of that name; after a title it
// names the one who holds that post at the article's date: "Премьер Киргизии Жапаров" in 2023 is
// Akylbek Japarov, the head of the Cabinet, not the President Sadyr Japarov, and "President
// Berdimuhamedow" in 2024 is Serdar, not his father. Only people who share a surname in the
// knowledge base are read, and only when the title names a post the linked one does not hold then
// and exactly one namesake does.
import { rolesAt, titleNear } from '../annotation/roles';
import { allNames, type KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Person } from '../knowledgeBase/schema';
import { foldString } from '../text/fold';
import type { Mention } from './mention';

/** Posts that titles name by one word: a head of government is a prime minister, whatever the state calls the post. */
const SAME_POST: Readonly<Record<string, readonly string[]>> = {
  'Prime Minister': ['Prime Minister', 'Chairman of the Cabinet of Ministers'],
};

export class PostHolders {
  /** Each person who shares a surname with another, to those others. */
  private readonly namesakes = new Map<string, Person[]>();
  /** The people who share each such surname, by the surname folded. */
  private readonly sharing = new Map<string, Person[]>();

  constructor(private readonly knowledgeBase: KnowledgeBase) {
    const bySurname = new Map<string, Set<Person>>();
    for (const person of knowledgeBase.ofType('person')) {
      for (const surname of surnamesOf(person)) {
        let people = bySurname.get(surname);
        if (people === undefined) bySurname.set(surname, (people = new Set()));
        people.add(person);
      }
    }
    for (const [surname, people] of bySurname) {
      if (people.size < 2) continue;
      this.sharing.set(surname, [...people]);
      for (const person of people) {
        const others = this.namesakes.get(person.id) ?? [];
        for (const other of people) if (other !== person && !others.includes(other)) others.push(other);
        this.namesakes.set(person.id, others);
      }
    }
  }

  /** `known` with each surname after a title linked to the namesake who holds that post at `at` (the article's day or year). */
  resolve(text: string, known: Mention[], at: string | undefined): Mention[] {
    if (this.namesakes.size === 0) return known;
    let result: Mention[] | undefined;
    for (let i = 0; i < known.length; i++) {
      const m = known[i];
      const holder = m.type === 'person' && m.id !== undefined && this.namesakes.has(m.id) ? this.holderAt(text, m, at) : undefined;
      if (holder === undefined) continue;
      result ??= known.slice();
      result[i] = { ...m, id: holder.id, name: holder.name, alternatives: [m.id!, ...(m.alternatives ?? []).filter((id) => id !== holder.id)] };
    }
    return result ?? known;
  }

  /**
   * `candidates` with each surname that people of the knowledge base share, which it links to none
   * of them ("President Berdimuhamedow"), linked to the one who holds the post its title names.
   */
  linkCandidates(text: string, candidates: Mention[], at: string | undefined): Mention[] {
    if (this.sharing.size === 0) return candidates;
    let result: Mention[] | undefined;
    for (let i = 0; i < candidates.length; i++) {
      const m = candidates[i];
      const people = m.type === 'candidate' && m.guess === undefined && !/[\s\u00a0]/.test(m.text) ? this.sharing.get(foldString(m.text)) : undefined;
      const title = people && titleNear(text, m.start, m.end);
      const holders = title ? people!.filter((person) => holdsPost(person, title.role, at)) : [];
      if (holders.length !== 1) continue;
      result ??= candidates.slice();
      const holder = holders[0];
      result[i] = { start: m.start, end: m.end, text: m.text, type: 'person', id: holder.id, name: holder.name, alternatives: people!.filter((p) => p !== holder).map((p) => p.id) };
    }
    return result ?? candidates;
  }

  /** The namesake of `m`'s person who holds the post a title before `m` names, when `m`'s person does not. */
  private holderAt(text: string, m: Mention, at: string | undefined): Person | undefined {
    if (/[\s\u00a0]/.test(m.text)) return undefined;
    const title = titleNear(text, m.start, m.end);
    const linked = this.knowledgeBase.get(m.id!);
    if (title === undefined || linked?.type !== 'person') return undefined;
    if (holdsPost(linked, title.role, at)) return undefined;
    const holders = this.namesakes.get(linked.id)!.filter((person) => holdsPost(person, title.role, at));
    return holders.length === 1 ? holders[0] : undefined;
  }
}

/** Whether a person holds at `at` the post a title names (`role`, or one of its SAME_POST). */
function holdsPost(person: Person, role: string, at: string | undefined): boolean {
  const posts = SAME_POST[role] ?? [role];
  return rolesAt(person, at).some((held) => posts.includes(held.role));
}

/** The last words of a person's full names, folded: the surnames a name alone may be. */
function surnamesOf(person: Person): Set<string> {
  const surnames = new Set<string>();
  for (const name of allNames(person)) {
    const space = name.lastIndexOf(' ');
    if (space > 0) surnames.add(foldString(name.slice(space + 1)));
  }
  return surnames;
}

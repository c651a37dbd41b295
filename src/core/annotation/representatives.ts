// Attendance by reference: news often names countries, not people ("the leaders of Belarus,
// Kyrgyzstan and Tajikistan also took part"). For each country, the people who may have stood for
// it, from the roles the knowledge base records at the article's date: the head of state, the head
// of government, or the holder of the office the text names ("the defence ministers of …").
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Person, Role } from '../knowledgeBase/schema';
import { rolesAt } from './roles';

export type Representation = 'head of state' | 'head of government' | 'named office';

export interface Representative {
  person: Person;
  country: string;
  role: Role;
  representation: Representation;
  /** The likeliest reading of the text: offered already chosen. */
  likely: boolean;
}

const HEAD_OF_STATE_ROLES = new Set(['President', 'Supreme Leader']);
const HEAD_OF_GOVERNMENT_ROLES = new Set(['Prime Minister', 'Chairman of the Cabinet of Ministers']);

function representationOf(role: Role, namedRole: string | undefined): Representation | undefined {
  if (namedRole !== undefined && role.role === namedRole) return 'named office';
  if (HEAD_OF_STATE_ROLES.has(role.role)) return 'head of state';
  if (HEAD_OF_GOVERNMENT_ROLES.has(role.role)) return 'head of government';
  return undefined;
}

const ORDER: Record<Representation, number> = { 'named office': 0, 'head of state': 1, 'head of government': 2 };

/**
 * Who may have represented each of `countries` at `at` (a partial ISO date; without one, the
 * roles that have not ended), in the countries' order. The holder of `namedRole` (an office the
 * text names, such as "Minister of Defence") is the likely one where the text names an office;
 * otherwise the head of state is.
 */
export function representativesOf(knowledgeBase: KnowledgeBase, countries: readonly string[], at: string | undefined, namedRole?: string): Representative[] {
  const wanted = new Set(countries);
  const found: Representative[] = [];
  for (const person of knowledgeBase.ofType('person')) {
    for (const role of rolesAt(person, at)) {
      if (!role.country || !wanted.has(role.country) || role.organization) continue;
      const representation = representationOf(role, namedRole);
      if (!representation) continue;
      // One entry a person and country: the office that best explains why they came.
      const same = found.findIndex((r) => r.person.id === person.id && r.country === role.country);
      if (same < 0) found.push({ person, country: role.country, role, representation, likely: false });
      else if (ORDER[representation] < ORDER[found[same].representation]) found[same] = { ...found[same], role, representation };
    }
  }
  const place = new Map(countries.map((id, i) => [id, i]));
  found.sort((a, b) => place.get(a.country)! - place.get(b.country)! || ORDER[a.representation] - ORDER[b.representation] || a.person.name.localeCompare(b.person.name));
  const likely: Representation = namedRole !== undefined && found.some((r) => r.representation === 'named office') ? 'named office' : 'head of state';
  for (const country of countries) {
    const first = found.find((r) => r.country === country && r.representation === likely);
    if (first) first.likely = true;
  }
  return found;
}

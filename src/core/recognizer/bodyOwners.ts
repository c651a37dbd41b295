// "the EAEU Council of Heads of State", "Совет глав государств ОДКБ", "il Consiglio dei ministri
// degli Esteri dell'Osce": organizations give their bodies the same generic names, and the
// knowledge base lists such a name under one organization's body. Written right beside another
// organization, the name is that organization's body: the knowledge base's body of it with the same
// words, else a body the knowledge base does not know (an organization candidate), never the body
// of the organization the name was listed under.
import { allNames, type KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Entity } from '../knowledgeBase/schema';
import { foldString } from '../text/fold';
import type { Mention } from './mention';
import { isWordSpace, lineBreakWithin } from './textScan';

/** How far back in its line the organization a body's bare name belongs to is looked for. */
const LINE_REACH = 240;

/** What joins a body's name to its organization after it: "… of the CIS", "… della Csi", "… ОДКБ". */
const OWNER_LINKS = [' of the ', ' of ', ' della ', ' del ', " dell'", ' dell’', ' dello ', ' degli ', ' dei ', ' ', '\u00a0'];

/** A body's words without its organization, to the body: null when two of its bodies share them. */
type BodiesByWords = Map<string, string | null>;

export class BodyOwners {
  /** Each body that belongs to an organization, to that organization and the organizations above it. */
  private readonly ownersOf = new Map<string, Set<string>>();
  /** By organization: its bodies by their words. */
  private readonly bodiesOf = new Map<string, BodiesByWords>();

  constructor(private readonly knowledgeBase: KnowledgeBase) {
    for (const body of knowledgeBase.ofType('organization')) {
      const owners = new Set<string>();
      for (let parent = body.parent; parent !== undefined && !owners.has(parent); ) {
        const above = knowledgeBase.get(parent);
        if (above?.type !== 'organization') break;
        owners.add(parent);
        parent = above.parent;
      }
      if (owners.size === 0) continue;
      this.ownersOf.set(body.id, owners);
      const owner = body.parent!;
      let bodies = this.bodiesOf.get(owner);
      if (bodies === undefined) this.bodiesOf.set(owner, (bodies = new Map()));
      const ownerNames = allNames(knowledgeBase.get(owner)!).map(foldString);
      for (const name of allNames(body)) {
        for (const words of wordsWithoutOwner(foldString(name), ownerNames)) bodies.set(words, bodies.has(words) && bodies.get(words) !== body.id ? null : body.id);
      }
    }
  }

  /**
   * `mentions` (sorted, apart) with each body written right after another organization ("EAEU
   * Council …") or right before a link to one ("… dell'Osce", "… ОДКБ") made that organization's
   * body with the same words, else an organization candidate (`asCandidate`) or left out.
   */
  resolve(text: string, mentions: readonly Mention[], asCandidate: boolean): Mention[] {
    let out: Mention[] | undefined;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      const owners = m.type === 'organization' && m.id !== undefined ? this.ownersOf.get(m.id) : undefined;
      const other = owners && this.otherOrganizationBeside(text, mentions, k, owners);
      if (other === undefined) {
        const nearest = owners && this.bodyOfOrganizationBefore(text, mentions, k, owners);
        // Of a name the knowledge base gives to several bodies, the others stay among the alternatives.
        const alternatives = m.alternatives && [m.id!, ...m.alternatives.filter((id) => id !== nearest?.id)];
        if (nearest !== undefined) (out ??= mentions.slice(0, k)).push({ ...m, id: nearest.id, name: nearest.name, ...(alternatives ? { alternatives } : {}) });
        else out?.push(m);
        continue;
      }
      out ??= mentions.slice(0, k);
      const id = this.bodiesOf.get(other)?.get(foldString(m.text));
      const body = id ? this.knowledgeBase.get(id) : undefined;
      if (body) out.push({ start: m.start, end: m.end, text: m.text, type: 'organization', id: body.id, name: body.name });
      else if (asCandidate) out.push({ start: m.start, end: m.end, text: m.text, type: 'candidate', guess: 'organization' });
    }
    return out ?? (mentions as Mention[]);
  }

  /**
   * The body with mention k's words of the organization named last before it in its line, when
   * that is another than its own (`owners`): "SCO foreign ministers gathered in Astana. The Council
   * of Foreign Ministers approved …" is the SCO's council. None when that organization has no such
   * body, or the last one named is an owner.
   */
  private bodyOfOrganizationBefore(text: string, mentions: readonly Mention[], k: number, owners: ReadonlySet<string>): Entity | undefined {
    const m = mentions[k];
    for (let j = k - 1; j >= 0 && m.start - mentions[j].end <= LINE_REACH; j--) {
      const before = mentions[j];
      if (lineBreakWithin(text, before.end, m.start)) return undefined;
      if (before.type !== 'organization' || before.id === undefined || this.ownersOf.has(before.id)) continue;
      if (owners.has(before.id)) return undefined;
      const id = this.bodiesOf.get(before.id)?.get(foldString(m.text));
      return id ? this.knowledgeBase.get(id) : undefined;
    }
    return undefined;
  }

  /** The organization, not among `owners`, written right before mention k or linked right after it; none if the one beside it is an owner. */
  private otherOrganizationBeside(text: string, mentions: readonly Mention[], k: number, owners: ReadonlySet<string>): string | undefined {
    const m = mentions[k];
    const before = k > 0 ? mentions[k - 1] : undefined;
    if (before?.type === 'organization' && before.id !== undefined && before.end + 1 === m.start && isWordSpace(text.charCodeAt(before.end))) {
      return owners.has(before.id) || this.ownersOf.has(before.id) ? undefined : before.id;
    }
    const after = k + 1 < mentions.length ? mentions[k + 1] : undefined;
    if (after?.type === 'organization' && after.id !== undefined && after.start - m.end <= 8 && OWNER_LINKS.includes(text.slice(m.end, after.start))) {
      return owners.has(after.id) || this.ownersOf.has(after.id) ? undefined : after.id;
    }
    return undefined;
  }
}


/** A body's folded name without its organization before it ("cis council …") or after it with a link ("… of the cis", "… снг"), and as it is. */
function wordsWithoutOwner(name: string, ownerNames: readonly string[]): string[] {
  const words = [name];
  for (const owner of ownerNames) {
    if (name.startsWith(`${owner} `)) words.push(name.slice(owner.length + 1));
    for (const link of OWNER_LINKS) {
      const ending = link.replace('’', "'").replace('\u00a0', ' ') + owner;
      if (name.endsWith(ending) && name.length > ending.length) words.push(name.slice(0, -ending.length));
    }
  }
  return words;
}

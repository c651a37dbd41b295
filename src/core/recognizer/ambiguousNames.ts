// Names the knowledge base gives to more than one entity, read in their context where it tells
// them apart; elsewhere the knowledge base's first stays, with the others as alternatives:
//  - A seat that shares its name with the institution it houses ("Kremlin": the Moscow Kremlin and
//    the presidential administration) is the place where the text sets something in it: after
//    "at the", "in the", "al", "nel", "в" ("met at the Kremlin", "в Кремле прошли переговоры"),
//    unless what follows says the institution speaks ("в Кремле заявили"). Elsewhere the
//    institution: "the Kremlin said", "concessions from the Kremlin".
//  - Places of one name in two countries ("Palace of Independence": Minsk's and Astana's) are the
//    one in the country of the place the same line names nearest ("во Дворце Независимости в
//    Астане", "ASTANA (AP) — … at the Palace of Independence"); bodies of one name in two
//    organizations ("Совет глав государств": the CIS's and the SCO's), the one of the organization
//    the line names nearest ("Лидеры ШОС собрались …, и Совет глав государств …"). A name after
//    counts within the clause only. Where no place in the line tells, the country of the person
//    named nearest does ("host Kassym-Jomart Tokayev at the Palace of Independence").
// Only the line is read, so that an article recognized piece by piece reads a name as a whole
// recognition does.
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Entity } from '../knowledgeBase/schema';
import type { Mention } from './mention';
import { lineBreakWithin } from './textScan';

/** How far from a name the places that tell its country are looked for, within its line. */
const NEAREST_PLACE_MAX = 300;

const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:(?:(?:at|in|inside|within)[ \u00a0]+the|al|alla|nel|nella|all['’]interno[ \u00a0]+del|presso(?:[ \u00a0]+il)?|в|во)[ \u00a0]+|(?:all|nell|presso[ \u00a0]+l)['’])$/iu;
/** A building's noun, and an adjective in small letters, right before the name: "the presidential palace Akorda". */
const SEAT_NOUN_BEFORE = /(?:^|[^\p{L}])(?:palace|residence|palazzo|residenza|дворец|дворце|дворца|резиденци[яиюей]+)(?:[ \u00a0]+\p{Ll}+)?[ \u00a0]+[«“"]?$/u;
/** Verbs of an institution speaking or thinking, after "в Кремле" and the like: the institution, not the building. */
const INSTITUTION_SPEAKS =
  '(?:заявил|сообщил|считают|ответил|отметил|подчеркнул|пояснил|прокомментировал|комментировал|комментируют|отреагировал|восприняли|полагают|уверены|надеются|не исключают|опроверг|призвал|выразил|знают|рассказал|' +
  // … and of its judging what was done: "в Кремле приветствовали подписание", "осудили", "поддержали".
  'приветствовал|осудил|раскритиковал|поддержал|одобрил|напомнил|уточнил|добавил|признал|пообещал|предупредил|обеспокоены|' +
  '(?:не[ \u00a0]+)?(?:видят|ждут|рассчитывают|опасаются|приветствуют|стали[ \u00a0]+комментировать|комментиру)|' +
  // … and of its keeping silent: "в Кремле отказались от комментариев", "пока воздерживаются от оценок".
  '(?:пока[ \u00a0]+)?(?:отказал(?:ся|ись)[ \u00a0]+от[ \u00a0]+комментари|воздерж|подтвердил)|' +
  'said|say|says|believe|believes|' +
  'ha detto|hanno detto|ha commentato|hanno commentato|commentano|fa sapere|fanno sapere|hanno fatto sapere|ha dichiarato|hanno dichiarato|ritengono|dicono|smentisc)';
const INSTITUTION_SPEAKS_AFTER = new RegExp(`^[ \u00a0]+${INSTITUTION_SPEAKS}`, 'iu');
/** The same verb further on in the clause, as a sentence opened by the seat puts it ("В Кремле отсутствие Пашиняна комментировали"). */
const INSTITUTION_SPEAKS_IN_CLAUSE = new RegExp(`^[^,;:.!?\n\r]{0,60}?(?<![\\p{L}])${INSTITUTION_SPEAKS}`, 'iu');
/** A verb of saying in the impersonal plural right before the locative preposition: "Как пояснили в Кремле", "hanno fatto sapere al Cremlino". */
const INSTITUTION_SPOKE_BEFORE =
  /(?<![\p{L}])(?:пояснили|сообщили|заявили|ответили|отметили|подчеркнули|прокомментировали|рассказали|уточнили|напомнили|заверили|добавили|fanno sapere|hanno fatto sapere|fanno notare|dicono)[ \u00a0]+(?:в|во|al|nel)[ \u00a0]+$/iu;
/** A sentence's or a joined clause's start before the locative preposition: "В Кремле …", "Al Cremlino …", "…, а в Кремле …". */
const SENTENCE_START_BEFORE = /(?:^|[.!?\n]["”»]?[ \u00a0]+|\n|,[ \u00a0]+(?:а|но|и|and|but|e|ma)[ \u00a0]+)(?:at|in|inside|within|al|nel|в|во)[ \u00a0]+(?:the[ \u00a0]+)?$/iu;

export class AmbiguousNames {
  constructor(private readonly knowledgeBase: KnowledgeBase) {}

  /** `mentions` (sorted, not overlapping), each ambiguous name read as its context says (see above). */
  resolve(text: string, mentions: Mention[]): Mention[] {
    let result: Mention[] | undefined;
    for (let i = 0; i < mentions.length; i++) {
      const mention = mentions[i];
      if (mention.alternatives === undefined || mention.id === undefined) continue;
      const options = [mention.id, ...mention.alternatives].map((id) => this.knowledgeBase.get(id)).filter((e): e is Entity => e !== undefined);
      const chosen =
        seatOrInstitution(text, mention, options) ??
        this.ofOwnerNamedNearest(text, mentions, i, options, (other) => (other.type === options[0].type && other.id !== undefined ? this.ownerOf(other.id) : undefined)) ??
        (options[0].type === 'place' ? this.ofOwnerNamedNearest(text, mentions, i, options, (other) => this.countryOfPerson(other)) : undefined);
      if (chosen === undefined || chosen.id === mention.id) continue;
      result ??= mentions.slice();
      result[i] = {
        ...mention,
        type: chosen.type,
        id: chosen.id,
        name: chosen.name,
        alternatives: options.filter((e) => e !== chosen).map((e) => e.id),
      };
    }
    return result ?? mentions;
  }

  /**
   * Of `options`, all places or all bodies, the one in the country (or of the organization, `ownerOf`)
   * that `ownerOfOther` gives for the mention nearest to mention `i` in its line, before it or after
   * it in its clause; undefined when none is alone in it. Places and bodies named tell first; for
   * places, then the people named, by their country ("host Kassym-Jomart Tokayev at the Palace of
   * Independence": Astana's).
   */
  private ofOwnerNamedNearest(text: string, mentions: readonly Mention[], i: number, options: readonly Entity[], ownerOfOther: (other: Mention) => string | undefined): Entity | undefined {
    const type = options[0]?.type;
    if ((type !== 'place' && type !== 'organization') || options.some((e) => e.type !== type)) return undefined;
    const mention = mentions[i];
    // Outwards from the name, the nearer side first, within its line.
    let before = i - 1;
    let after = i + 1;
    for (;;) {
      const distanceBefore = before >= 0 ? mention.start - mentions[before].end : Infinity;
      const distanceAfter = after < mentions.length ? mentions[after].start - mention.end : Infinity;
      const takeBefore = distanceBefore <= distanceAfter;
      const distance = Math.min(distanceBefore, distanceAfter);
      if (distance > NEAREST_PLACE_MAX) return undefined;
      const other = takeBefore ? mentions[before--] : mentions[after++];
      // A place after the name counts within its clause only: "во Дворце Независимости в Астане", not
      // "…во Дворце Независимости, а затем вылетел в Астану" nor the next sentence's.
      if (takeBefore ? lineBreakWithin(text, other.end, mention.start) : clauseBreakWithin(text, mention.end, other.start)) {
        if (takeBefore) before = -1;
        else after = mentions.length;
        continue;
      }
      const owner = ownerOfOther(other);
      if (owner === undefined) continue;
      const owned = options.filter((e) => this.ownerOf(e.id) === owner);
      if (owned.length === 1) return owned[0];
    }
  }

  /** The country of the person a mention links to, if the knowledge base records one. */
  private countryOfPerson(mention: Mention): string | undefined {
    const entity = mention.type === 'person' && mention.id !== undefined ? this.knowledgeBase.get(mention.id) : undefined;
    return entity?.type === 'person' ? entity.country : undefined;
  }

  /** The state a place lies in (the state itself for a state); the organization a body belongs to (the organization itself for one of none). */
  private ownerOf(id: string): string | undefined {
    const entity = this.knowledgeBase.get(id);
    if (entity?.type === 'place') return entity.kind === 'state' ? entity.id : entity.country;
    if (entity?.type === 'organization') return entity.parent ?? entity.id;
    return undefined;
  }
}

/** Whether a line or a clause ends in [from, to): a comma, a semicolon, a colon, a sentence's end or a line break. */
function clauseBreakWithin(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const code = text.charCodeAt(p);
    if (code === 0x2c || code === 0x3b || code === 0x3a || code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a || code === 0x0d) return true;
  }
  return false;
}

/** Of `options`, the seat or the institution it houses, as the words around `mention` say; undefined unless they are one of each. */
function seatOrInstitution(text: string, mention: Mention, options: readonly Entity[]): Entity | undefined {
  const seat = options.find((e) => e.type === 'place' && e.kind === 'site');
  const institution = options.find((e) => e.type === 'organization');
  if (seat === undefined || institution === undefined || options.length !== 2) return undefined;
  const before = text.slice(Math.max(0, mention.start - 24), mention.start);
  // Named after the building's noun, it is the building: "nel palazzo presidenziale Akorda", "в резиденции «Акорда»".
  if (SEAT_NOUN_BEFORE.test(before)) return seat;
  // The Italian "a" without an article before a palace's name: "una riunione a Palazzo Chigi" (English "a" is an article: "a Kremlin aide").
  const italianAt = mention.text.startsWith('Palazzo') && /(?:^|[^\p{L}])a[ \u00a0]+$/u.test(before);
  if (!italianAt && !LOCATIVE_BEFORE.test(before)) return institution;
  const after = text.slice(mention.end, mention.end + 80);
  const speaks = INSTITUTION_SPEAKS_AFTER.test(after) || INSTITUTION_SPOKE_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)) || (SENTENCE_START_BEFORE.test(before) && INSTITUTION_SPEAKS_IN_CLAUSE.test(after));
  return speaks ? institution : seat;
}

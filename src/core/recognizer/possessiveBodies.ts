// "Russia's Defence Ministry": a body named after its country's possessive. The knowledge base
// writes the same body with the country's adjective ("Russian Defence Ministry") or after it
// ("Ministry of Defence of Russia"), so the words left without the country name it: the candidate
// the title scan found ("Defence Ministry", a body by its head) becomes that body. So does a body
// with its country after it under a name the knowledge base does not list ("Ministry of Foreign
// Affairs of the Republic of Kazakhstan", "Ministero degli Affari Esteri della Repubblica di
// Bielorussia"): the country stays a mention of its own, and the body is the country's. A body
// written before an official's post and name ("Foreign Ministry spokeswoman Maria Zakharova") is
// the body of the official's country, when the knowledge base knows the official. An
// organization's possessive does the same for its bodies ("the CSTO's Parliamentary Assembly").
import { allNames, type KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Organization, Place } from '../knowledgeBase/schema';
import { partitionPoint } from '../text/binarySearch';
import { foldString } from '../text/fold';
import type { Mention } from './mention';
import { russianCaseForms, russianGenitivesOfPlace } from './russianForms';
import { endsSentenceAt, isWordSpace } from './textScan';

/** A body's words without its country: the body, or null when two of the country's bodies share them. */
type BodiesByWords = Map<string, string | null>;

export class PossessiveBodies {
  /** By the id of the country (or organization) they belong to. */
  private readonly byOwner = new Map<string, BodiesByWords>();

  constructor(private readonly knowledgeBase: KnowledgeBase) {
    // Each owner's adjectives and names, folded once for all its bodies.
    const owners = new Map<string, OwnerNames>();
    for (const body of knowledgeBase.ofType('organization')) {
      // A country's body, or else an organization's ("the CSTO's Parliamentary Assembly").
      const owner = countryAbove(knowledgeBase, body.parent) ?? organizationAbove(knowledgeBase, body.parent);
      if (owner === undefined) continue;
      let ownerNames = owners.get(owner.id);
      if (ownerNames === undefined) owners.set(owner.id, (ownerNames = owner.type === 'place' ? placeNames(owner) : organizationNames(owner)));
      let bodies = this.byOwner.get(owner.id);
      if (bodies === undefined) this.byOwner.set(owner.id, (bodies = new Map()));
      // Russian names in every case, the country's genitive after them unchanged ("Национальном собрании Армении").
      const russian = (body.aliases.ru ?? []).flatMap((name) => [name, ...russianCaseForms(name, 'organization')]);
      for (const name of [body.name, ...(body.aliases.en ?? []), ...(body.aliases.it ?? []), ...russian]) {
        for (const words of wordsWithoutOwner(foldString(name), ownerNames)) bodies.set(words, bodies.has(words) && bodies.get(words) !== body.id ? null : body.id);
      }
    }
  }

  /**
   * The country's bodies that an acronym right after the country's possessive names ("Belarus's KGB",
   * "Kyrgyzstan's GKNB"): the knowledge base writes them only with the country ("Belarusian KGB",
   * "GKNB of Kyrgyzstan"), since alone they name other states' services too. Read only after the
   * places among `known` (sorted by start): an acronym in capitals that no mention holds yet.
   */
  acronymsAfterPossessives(text: string, known: readonly Mention[]): Mention[] {
    const found: Mention[] = [];
    for (let i = 0; i < known.length; i++) {
      const place = known[i];
      if (place.type !== 'place' || place.id === undefined) continue;
      const start = place.end + 3;
      const end = acronymEndAfterPossessive(text, place.end);
      // A mention there already (a known acronym) stays.
      if (end < 0 || (i + 1 < known.length && known[i + 1].start < end)) continue;
      const word = text.slice(start, end);
      const id = this.byOwner.get(place.id)?.get(foldString(word));
      const body = id ? this.knowledgeBase.get(id) : undefined;
      if (body) found.push({ start, end, text: word, type: 'organization', id: body.id, name: body.name });
    }
    return found;
  }

  /**
   * `candidates` with each body written right after a known country's or organization's possessive
   * ("Russia's ", "Russia’s ", "the CSTO's "), or right before "of (the)", "della" and the like and a known country, replaced by
   * the knowledge base's body of that country with the same words. `knownAt` finds the mention
   * over a span of the text.
   */
  resolve(text: string, candidates: readonly Mention[], knownAt: (start: number, end: number) => Mention | undefined, known: readonly Mention[] = []): Mention[] {
    return candidates.map((candidate) => {
      if (candidate.guess !== 'organization') return candidate;
      const words = foldString(candidate.text);
      const owner =
        possessiveBefore(text, candidate.start, knownAt) ??
        placeAfter(text, candidate.end, knownAt) ??
        this.countryOfOfficialAfter(text, candidate.end, knownAt) ??
        this.countryOfHeadNamedAfter(text, candidate, knownAt);
      const id = owner === undefined ? this.onlyCountryInSentence(text, candidate, words, known) : this.byOwner.get(owner)?.get(words);
      const body = id ? this.knowledgeBase.get(id) : undefined;
      return body ? { start: candidate.start, end: candidate.end, text: candidate.text, type: 'organization', id: body.id, name: body.name } : candidate;
    });
  }

  /**
   * The body with the candidate's words of the one country its sentence speaks of, through the
   * known places and bodies in it and the people before it ("Foreign minister Ararat Mirzoyan told
   * the National Assembly …": Armenia's); undefined when the sentence names none, or two countries
   * with such a body. `known` is sorted by start.
   */
  private onlyCountryInSentence(text: string, candidate: Mention, words: string, known: readonly Mention[]): string | undefined {
    const { start, end } = sentenceAround(text, candidate.start, candidate.end);
    let body: string | undefined;
    for (let k = partitionPoint(0, known.length, (i) => known[i].end <= start); k < known.length && known[k].start < end; k++) {
      // A person counts before the body only: the one who speaks to it ("Pashinyan told the National
      // Assembly"); after it, the person is as often another state's ("The Foreign Ministry welcomed Lavrov's …").
      if (known[k].type === 'person' && known[k].start > candidate.start) continue;
      const country = this.countryOf(known[k]);
      const id = country === undefined ? undefined : this.byOwner.get(country)?.get(words);
      if (id === undefined || id === null) continue;
      if (body !== undefined && body !== id) return undefined;
      body = id;
    }
    return body;
  }

  /**
   * The country a known mention belongs to: a state itself, a city's, a site's or a person's
   * country, a body's state. Not a region's, which has bodies of its own ("il Consiglio di sicurezza" of Chechnya).
   */
  private countryOf(mention: Mention): string | undefined {
    const entity = mention.id === undefined ? undefined : this.knowledgeBase.get(mention.id);
    if (entity?.type === 'place') return entity.kind === 'state' ? entity.id : entity.kind === 'region' ? undefined : entity.country;
    if (entity?.type === 'person') return entity.country;
    if (entity?.type === 'organization') return countryAbove(this.knowledgeBase, entity.parent)?.id;
    return undefined;
  }

  /**
   * The country of the person the knowledge base knows, named right after a body that a Russian
   * title before it says the person heads: "глава МИД Сергей Лавров", "Экс-глава ГКНБ Камчыбек
   * Ташиев", "пресс-секретарь МИД Мария Захарова".
   */
  private countryOfHeadNamedAfter(text: string, candidate: Mention, knownAt: (start: number, end: number) => Mention | undefined): string | undefined {
    if (!isWordSpace(text.charCodeAt(candidate.end)) || !RUSSIAN_TITLE_BEFORE_BODY.test(text.slice(Math.max(0, candidate.start - 24), candidate.start))) return undefined;
    const person = knownAt(candidate.end + 1, candidate.end + 2);
    const entity = person?.type === 'person' && person.start === candidate.end + 1 && person.id !== undefined ? this.knowledgeBase.get(person.id) : undefined;
    return entity?.type === 'person' ? entity.country : undefined;
  }

  /** The country of the official the knowledge base knows, named after the body's post (`personAfterPost`). */
  private countryOfOfficialAfter(text: string, at: number, knownAt: (start: number, end: number) => Mention | undefined): string | undefined {
    const person = personAfterPost(text, at, knownAt);
    const entity = person ? this.knowledgeBase.get(person.id!) : undefined;
    return entity?.type === 'person' ? entity.country : undefined;
  }
}

/** A Russian title of the one who heads a body, in its cases, right before the body's name: "глава", "экс-глава", "председателя", "пресс-секретарь". */
const RUSSIAN_TITLE_BEFORE_BODY =
  /(?:^|[^\p{L}-])(?:экс-)?(?:глав(?:а|ы|е|у|ой)|председател(?:ь|я|ю|ем)|руководител(?:ь|я|ю|ем)|директор(?:а|у|ом)?|начальник(?:а|у|ом)?|пресс-секретар(?:ь|я|ю|ем)|представител(?:ь|я|ю|ем))[ \u00a0]$/iu;

/** How far a sentence is read on either side of a name, at most. */
const SENTENCE_REACH = 300;

/** The sentence around [start, end): from after the last sentence's end before it (`endsSentenceAt`) to the next after it, SENTENCE_REACH at most on either side. */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && start - from < SENTENCE_REACH && !endsSentenceAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < SENTENCE_REACH && !endsSentenceAt(text, to)) to++;
  return { start: from, end: to };
}

/**
 * The words of an official's post written between a body and the official's name: "Foreign Ministry
 * spokeswoman Maria Zakharova", "Defence Ministry press secretary …". Verbs are not among them, so
 * that a body acting on someone ("… summoned ambassador …") is not taken for that person's.
 */
const POST_WORDS = new Set([
  'spokeswoman', 'spokesman', 'spokesperson', 'press', 'secretary', 'head', 'chief', 'deputy', 'minister',
  'official', 'officials', 'representative', 'director', 'chairman', 'chairwoman', 'speaker', 'officer', 'adviser', 'advisor',
]);
const MAX_POST_WORDS = 3;

/**
 * The known person named right after a body's post, one space apart ("Foreign Ministry
 * spokeswoman Maria Zakharova": Maria Zakharova); undefined when there is none.
 */
function personAfterPost(text: string, at: number, knownAt: (start: number, end: number) => Mention | undefined): Mention | undefined {
  let k = at;
  for (let words = 0; words < MAX_POST_WORDS; words++) {
    if (!isWordSpace(text.charCodeAt(k))) return undefined;
    const word = /^[a-z]+/.exec(text.slice(k + 1, k + 16))?.[0];
    if (word === undefined || !POST_WORDS.has(word)) break;
    k += 1 + word.length;
  }
  if (k === at || !isWordSpace(text.charCodeAt(k))) return undefined;
  const person = knownAt(k + 1, k + 2);
  return person?.type === 'person' && person.id !== undefined && person.start === k + 1 ? person : undefined;
}

/**
 * The place a body belongs to, through the bodies above it: the Airborne Forces of the Armed Forces
 * of Russia are Russia's. None when no place is above it.
 */
export function countryAbove(knowledgeBase: KnowledgeBase, parent: string | undefined): Place | undefined {
  const seen = new Set<string>();
  while (parent !== undefined && !seen.has(parent)) {
    seen.add(parent);
    const above = knowledgeBase.get(parent);
    if (above?.type === 'place') return above;
    if (above?.type !== 'organization') return undefined;
    parent = above.parent;
  }
  return undefined;
}

/** The country or organization a possessive ends in right before `at` ("Russia's ", "the CSTO's "), if the text already names it. */
function possessiveBefore(text: string, at: number, knownAt: (start: number, end: number) => Mention | undefined): string | undefined {
  const space = text.charCodeAt(at - 1);
  if (at < 4 || !isWordSpace(space) || text.charCodeAt(at - 2) !== 0x73) return undefined;
  const apostrophe = text.charCodeAt(at - 3);
  if (apostrophe !== 0x27 && apostrophe !== 0x2019) return undefined;
  const owner = knownAt(at - 4, at - 3);
  return (owner?.type === 'place' || owner?.type === 'organization') && owner.end === at - 3 ? owner.id : undefined;
}

/** The organization a body belongs to directly, when no country is above it: the CSTO for its Parliamentary Assembly. */
function organizationAbove(knowledgeBase: KnowledgeBase, parent: string | undefined): Organization | undefined {
  const above = parent === undefined ? undefined : knowledgeBase.get(parent);
  return above?.type === 'organization' ? above : undefined;
}

function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/**
 * Where an acronym ends that follows a possessive ending a name at `at` ("Belarus's KGB"): two
 * capitals or more, then no letter or digit; -1 when there is none.
 */
function acronymEndAfterPossessive(text: string, at: number): number {
  const apostrophe = text.charCodeAt(at);
  if ((apostrophe !== 0x27 && apostrophe !== 0x2019) || text.charCodeAt(at + 1) !== 0x73 || text.charCodeAt(at + 2) !== 0x20) return -1;
  const start = at + 3;
  let end = start;
  while (end < text.length && isCapital(text.charCodeAt(end))) end++;
  if (end - start < 2 || (end < text.length && /[\p{L}\p{N}]/u.test(text[end]))) return -1;
  return end;
}

/** The words that join a body to its country after it: "Ministry of Defence of the Russian Federation", "Ministero della Difesa della Russia". */
const PLACE_LINKS = [' of the ', ' of ', ' della ', ' del ', " dell'", ' dell’', ' di '];

/**
 * The country a link to it names right after `at` (" of the Republic of Belarus", and in a
 * letterhead's capitals " OF THE REPUBLIC OF BELARUS"), or a Russian body's genitive names there
 * (" Туркмении"), if it is a place the text already names.
 */
function placeAfter(text: string, at: number, knownAt: (start: number, end: number) => Mention | undefined): string | undefined {
  if (!isWordSpace(text.charCodeAt(at))) return undefined;
  for (const link of PLACE_LINKS) {
    if (!text.startsWith(link, at) && text.slice(at, at + link.length).toLowerCase() !== link) continue;
    const start = at + link.length;
    const place = knownAt(start, start + 1);
    return place?.type === 'place' && place.start === start ? place.id : undefined;
  }
  // Russian puts the country right after the body, in the genitive: "Министерство иностранных дел Туркмении".
  const place = isCyrillicUnit(text.charCodeAt(at - 1)) ? knownAt(at + 1, at + 2) : undefined;
  return place?.type === 'place' && place.start === at + 1 ? place.id : undefined;
}

function isCyrillicUnit(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}

/**
 * A country's adjectives, folded, and the endings its names give a body's name (" of russia", " of
 * the russian federation"); for an organization, its names as they open a body's ("csto ").
 */
interface OwnerNames {
  adjectives: Set<string>;
  ofEndings: string[];
  prefixes?: string[];
}

/** An organization's names, folded, as they open a body's name or end it after "of (the)". */
function organizationNames(organization: Organization): OwnerNames {
  const names = allNames(organization).map(foldString);
  return { adjectives: new Set(), ofEndings: names.flatMap((name) => PLACE_LINKS.map((link) => link.replace('’', "'") + name)), prefixes: names.map((name) => `${name} `) };
}

function placeNames(place: Place): OwnerNames {
  // The links in small letters already; folding reads the curly apostrophe as the straight one.
  const ofEndings = allNames(place).flatMap((name) => PLACE_LINKS.map((link) => link.replace('’', "'") + foldString(name)));
  // Russian writes the country after the body in the genitive, or its abbreviation, which does not decline: "МИД России", "МИД РФ".
  for (const genitive of russianGenitivesOfPlace(place.aliases.ru ?? [])) ofEndings.push(` ${foldString(genitive)}`);
  return { adjectives: new Set(Object.values(place.demonyms ?? {}).flat().map(foldString)), ofEndings };
}

/** A body's folded name without its owner: after the country's adjective (before it in Italian) or the organization's name, or before "of (the)" and either. */
function wordsWithoutOwner(name: string, { adjectives, ofEndings, prefixes }: OwnerNames): string[] {
  const words: string[] = [];
  for (const prefix of prefixes ?? []) if (name.startsWith(prefix) && name.length > prefix.length) words.push(name.slice(prefix.length));
  const space = name.indexOf(' ');
  if (space > 0 && adjectives.has(name.slice(0, space))) words.push(name.slice(space + 1));
  const lastSpace = name.lastIndexOf(' ');
  if (lastSpace > 0 && adjectives.has(name.slice(lastSpace + 1))) words.push(name.slice(0, lastSpace));
  for (const of of ofEndings) if (name.endsWith(of) && name.length > of.length) words.push(name.slice(0, -of.length));
  return words;
}

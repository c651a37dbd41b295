import { isHardWrapped, softWraps } from './softWraps';
import { withoutMarkup } from './markup';
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { partitionPoint } from '../text/binarySearch';
import { withoutInvisibles } from '../text/fold';
import { findCandidatesIn } from './candidates';
import { Coreference } from './coreference';
import { articleYear, datelineDay, findDatesIn } from './dates';
import { EntityMatcher } from './entityMatcher';
import { entityNamesOf } from './entityNames';
import type { Mention } from './mention';
import { PossessiveBodies } from './possessiveBodies';
import { withAbbreviationsIntroduced, withCandidateAbbreviations, withNamesAcrossAbbreviations } from './abbreviationsInBrackets';
import { AmbiguousNames } from './ambiguousNames';
import { AreaHeads } from './areaHeads';
import { BodyOwners } from './bodyOwners';
import { DemonymsAfterBodies } from './demonymsAfterBodies';
import { DatedEditions } from './exerciseSeries';
import { FormerHolders } from './formerHolders';
import { PostHolders } from './postHolders';
import { isWordSpace, type TextWords, WordBoundaries, wordsOf } from './textScan';
import { TypoFinder } from './typos';

export interface RecognizeOptions {
  /** The year for dates written without one; by default the year of the article's dateline. */
  referenceYear?: number;
  /** The year to use when the dateline has none: the publication year recorded in the fact file, as a month or a year (a recorded day is `articleDate`). */
  fallbackYear?: number;
  /** Leave out names introduced by titles that the knowledge base does not know. */
  candidates?: boolean;
  /**
   * The article's date, YYYY-MM-DD, as its fact file records it: weekdays are resolved against it,
   * before the dateline's day.
   */
  articleDate?: string;
}

/** The options that a fact file's publication date (a day, a month or a year) gives. */
export function publicationOptions(published: string | undefined): Pick<RecognizeOptions, 'fallbackYear' | 'articleDate'> {
  if (!published) return {};
  return { fallbackYear: Number(published.slice(0, 4)), articleDate: /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : undefined };
}

/**
 * What the whole article settles for every part of it: the year for dates without one, the day
 * weekdays are resolved against, whether candidates are looked for, and whether the article is
 * hard-wrapped. A part of the text between
 * two cuts (incremental.ts) recognized with these (`recognizeWithYear`) gives what the whole
 * text's recognition gives there, before short forms are resolved against the whole article.
 */
export interface ArticleSettings {
  year: number | undefined;
  articleDay: string | undefined;
  candidates: boolean;
  /** Whether the article is hard-wrapped: the line breaks of its wraps are read as spaces (softWraps.ts). */
  wrapped: boolean;
}

export function articleSettings(text: string, options: RecognizeOptions = {}): ArticleSettings {
  const year = articleYear(text, options);
  return { year, articleDay: options.articleDate ?? datelineDay(text, year), candidates: options.candidates !== false, wrapped: isHardWrapped(text) };
}

/** Finds entities, dates and candidate names in article text. Build once per knowledge base. */
export class Recognizer {
  private readonly matcher: EntityMatcher;
  private readonly typos: TypoFinder;
  /** Surnames alone and first names with patronymics, resolved to the person the article named in full. */
  readonly coreference: Coreference;
  /** The demonyms of the knowledge base's places, in small letters: a body's name may end with one. */
  private readonly demonyms = new Set<string>();
  /** Bodies named after their country's possessive ("Russia's Defence Ministry", "Belarus's KGB"). */
  private readonly possessiveBodies: PossessiveBodies;
  private readonly ambiguousNames: AmbiguousNames;
  /** Towns named with a region's or a district's head: the area ("the Isfara district"). */
  private readonly areaHeads: AreaHeads;
  /** Surnames after "former" and a post their person still holds: namesakes ("Azerbaijan's former leader Aliyev"). */
  private readonly formerHolders: FormerHolders;
  /** Surnames people of the knowledge base share, after a title: the one who holds that post then. */
  private readonly postHolders: PostHolders;
  /** Exercise series named without their year: the edition their sentence or the article dates. */
  private readonly datedEditions: DatedEditions;
  /** Bodies' generic names written beside another organization than the one they are listed under. */
  private readonly bodyOwners: BodyOwners;
  /** State bodies with their country's demonym written after them ("Jogorku Kenesh kirghiso"). */
  private readonly demonymsAfterBodies: DemonymsAfterBodies;

  constructor(readonly knowledgeBase: KnowledgeBase) {
    // The names folded once, for the matcher and the slip finder.
    const names = entityNamesOf(knowledgeBase);
    this.matcher = new EntityMatcher(knowledgeBase, names);
    this.coreference = new Coreference(knowledgeBase);
    this.typos = new TypoFinder(knowledgeBase, (folded) => this.matcher.isWrittenName(folded), names);
    this.possessiveBodies = new PossessiveBodies(knowledgeBase);
    this.ambiguousNames = new AmbiguousNames(knowledgeBase);
    this.areaHeads = new AreaHeads(knowledgeBase);
    this.formerHolders = new FormerHolders(knowledgeBase);
    this.postHolders = new PostHolders(knowledgeBase);
    this.datedEditions = new DatedEditions([...knowledgeBase.ofType('event')]);
    this.bodyOwners = new BodyOwners(knowledgeBase);
    this.demonymsAfterBodies = new DemonymsAfterBodies(knowledgeBase);
    for (const place of knowledgeBase.ofType('place')) for (const list of Object.values(place.demonyms ?? {})) for (const d of list) this.demonyms.add(d.toLowerCase());
  }

  /** Distinct names matched, the Russian case forms made from them included. */
  get aliasCount(): number {
    return this.matcher.aliasCount;
  }

  /** Distinct names as the knowledge base writes them. */
  get writtenNameCount(): number {
    return this.matcher.writtenNameCount;
  }

  /**
   * Known entities only: one pass of the word matcher, overlaps resolved leftmost-longest, names
   * that join a body and what it belongs to split into their parts.
   */
  entities(text: string): Mention[] {
    return this.matcher.splitCompounds(text, this.matcher.findLongest(text));
  }

  recognize(text: string, options: RecognizeOptions = {}): Mention[] {
    const { year, articleDay, candidates, wrapped } = articleSettings(text, options);
    const read = readingOf(text, wrapped);
    const { found, words } = this.recognizeReading(read, year, candidates, articleDay);
    return asWritten(this.coreference.resolveText(read, found, words), text, read);
  }

  /**
   * `recognize` with the year for dates without one already settled (undefined: none), and the
   * article's day that weekdays are resolved against (undefined: weekdays are not dates), and
   * whether the article is hard-wrapped, on a piece of text that is read on its own: without the short forms of names resolved against the
   * rest of the article (`coreference`, which `recognize` applies to the whole text).
   */
  recognizeWithYear(text: string, year: number | undefined, candidates = true, articleDay?: string, wrapped = false): Mention[] {
    const read = readingOf(text, wrapped);
    return asWritten(this.recognizeReading(read, year, candidates, articleDay).found, text, read);
  }

  /** `recognizeWithYear`, with the words of the text (`wordsOf`), read as its names are looked for. */
  private recognizeReading(text: string, year: number | undefined, candidates: boolean, articleDay: string | undefined): { found: Mention[]; words: TextWords } {
    const boundaries = new WordBoundaries(text.length);
    this.matcher.findNames(text, boundaries);
    const textWords = boundaries.words(text.length);
    // Entities and dates compete for the same text; the longest reading wins. Dates and
    // candidates read the text without its invisible characters, looked for once as its words
    // are read (again without them, in the rare text that has some).
    const visible = textWords.invisibles ? withoutInvisibles(text) : undefined;
    const words = visible ? wordsOf(visible.text) : textWords;
    // Names and dates chosen on their spans, as `selectLongest` of both lists merged chooses.
    const chosen = this.matcher.longestWith(text, findDatesIn(text, visible, year, articleDay, words));
    const resolved = this.demonymsAfterBodies.extend(text, this.bodyOwners.resolve(text, this.matcher.splitCompounds(text, chosen), candidates));
    const exact = withAbbreviationsIntroduced(text, withNamesAcrossAbbreviations(text, resolved, (piece) => this.entities(piece)));
    // Long place names with one slip, in words nothing else took.
    const exactAt = overlapFinder(exact);
    const slips = this.typos.find(text, (start, end) => exactAt(start, end) !== undefined, visible ? undefined : words);
    const named = slips.length === 0 ? exact : mergeSorted(exact, slips, byStart);
    // "Belarus's KGB": an acronym the knowledge base names only with its country.
    const possessed = this.possessiveBodies.acronymsAfterPossessives(text, named);
    const unambiguous = this.ambiguousNames.resolve(text, possessed.length === 0 ? named : mergeSorted(named, possessed, byStart));
    const inAreas = this.areaHeads.resolve(text, this.datedEditions.resolve(text, unambiguous, year), (name) => this.regionNamed(name));
    const at = articleDay ?? (year === undefined ? undefined : String(year));
    const held = this.formerHolders.resolve(text, this.postHolders.resolve(text, inAreas.known, at), at);
    const { former } = held;
    const withRegions = withoutPlacesInCompounds(text, withSurnamesFirst(text, held.known));
    if (!candidates) return { found: withRegions, words: textWords };
    const exercises = this.regionsNamingExercises(text, withRegions);
    const known = exercises.length === 0 ? withRegions : withRegions.filter((m) => !exercises.some((e) => e.start === m.start));
    const knownAt = overlapFinder(known);
    const candidatesRead = findCandidatesIn(text, visible, {
      knownAt,
      partOfName: (m) => this.beginsBodyName(m),
      isDemonym: (word) => this.demonyms.has(word.toLowerCase()),
    }, words);
    const candidatesFound = exercises.length === 0 ? candidatesRead : withExercises(candidatesRead, exercises);
    const withTheirNamesakes = withNamesakes(text, this.matcher.namesakes(), known, this.possessiveBodies.resolve(text, candidatesFound, knownAt, known));
    const others = this.postHolders.linkCandidates(text, withCandidateAbbreviations(text, withTheirNamesakes, known), at);
    // The candidate finder reads most of these names too, after their titles: each once.
    const othersAt = overlapFinder(others);
    const formerLeft = former.filter((m) => othersAt(m.start, m.end) === undefined);
    // A town's area the candidate finder read as well, by the same noun ("the Isfara district"): once.
    const areasLeft = inAreas.areas.length === 0 ? inAreas.areas : inAreas.areas.filter((m) => othersAt(m.start, m.end) === undefined);
    const areas = formerLeft.length === 0 ? areasLeft : mergeSorted(areasLeft, formerLeft, byStart);
    const found = areas.length === 0 ? others : mergeSorted(others, areas, byStartThenLongest);
    return { found: mergeSorted(withoutCovered(known, candidatesFound), found, byStartThenLongest), words: textWords };
  }

  /** The region the knowledge base names `name` in full ("regione di Osh", "Osh Region"), if any. */
  private regionNamed(name: string): Mention | undefined {
    const found = this.entities(name);
    if (found.length !== 1 || found[0].start !== 0 || found[0].end !== name.length || found[0].id === undefined) return undefined;
    const entity = this.knowledgeBase.get(found[0].id);
    return entity?.type === 'place' && entity.kind === 'region' ? found[0] : undefined;
  }

  /**
   * A region the knowledge base knows with a year glued to it by a hyphen names an exercise, as
   * Russia names its strategic exercises after its military districts and directions ("Kavkaz-2020",
   * "Caucaso-2020"): a candidate event, the year included, which the knowledge base's series would
   * have taken had it known it. A state's or a city's name so written is a programme's or a
   * forum's as often ("Kazakhstan-2050"), and stays a place.
   */
  private regionsNamingExercises(text: string, known: readonly Mention[]): Mention[] {
    const exercises: Mention[] = [];
    for (const m of known) {
      if (m.type !== 'place' || m.id === undefined || !GLUED_YEAR.test(text.slice(m.end, m.end + 6))) continue;
      const entity = this.knowledgeBase.get(m.id);
      if (entity?.type !== 'place' || entity.kind !== 'region') continue;
      const end = m.end + 5;
      exercises.push({ start: m.start, end, text: text.slice(m.start, end), type: 'candidate', guess: 'event' });
    }
    return exercises;
  }

  /** A city, a site or a region may begin the name of a body, as a school, an academy or a research centre is named after it. */
  private beginsBodyName(mention: Mention): boolean {
    const entity = mention.type === 'place' && mention.id ? this.knowledgeBase.get(mention.id) : undefined;
    return entity?.type === 'place' && (entity.kind === 'city' || entity.kind === 'site' || entity.kind === 'region');
  }
}

/** A year after a hyphen, and nothing of a word or a number after it: "-2020". */
const GLUED_YEAR = /^-(?:19|20)\d\d(?![\p{L}\p{N}])/u;

/**
 * The text the recognizer reads for `text`, of the same length: the line breaks of its wraps as
 * spaces when the article is hard-wrapped (softWraps.ts), its web addresses, handles, footnotes'
 * numbers and Markdown's marks of emphasis blanked (markup.ts).
 */
function readingOf(text: string, wrapped: boolean): string {
  const unwrapped = wrapped ? (softWraps(text)?.text ?? text) : text;
  return withoutMarkup(unwrapped) ?? unwrapped;
}

/**
 * `known` (sorted) with a person's surname and the first name and patronymic right after it, one
 * space apart, as one mention: "Путин Владимир Владимирович", "Лукашенко Александр Григорьевич",
 * as official lists write a name.
 */
function withSurnamesFirst(text: string, known: Mention[]): Mention[] {
  let joined: Mention[] | undefined;
  for (let k = 0; k < known.length; k++) {
    const surname = known[k];
    const given = known[k + 1];
    // A surname of one word, then more of the same person's names.
    const oneName = given !== undefined && surname.type === 'person' && surname.id !== undefined && given.id === surname.id && !/\s/.test(surname.text);
    if (oneName && given.start - surname.end === 1 && isWordSpace(text.charCodeAt(surname.end))) {
      joined ??= known.slice(0, k);
      joined.push({ ...surname, end: given.end, text: text.slice(surname.start, given.end) });
      k++;
    } else joined?.push(surname);
  }
  return joined ?? known;
}

/** Mentions found in `read` (see `readingOf`), each with the text it covers as written. */
function asWritten(mentions: Mention[], text: string, read: string): Mention[] {
  if (read === text) return mentions;
  return mentions.map((m) => {
    const written = text.slice(m.start, m.end);
    return written === m.text ? m : { ...m, text: written };
  });
}

/**
 * `candidates` (sorted) with a candidate person for each namesake the entity matcher left out (a
 * known person's surname after another first name, `EntityMatcher.namesakes`) that neither they
 * nor `known` hold already: "Heydar Aliyev" is someone, not Ilham Aliyev.
 */
function withNamesakes(text: string, namesakes: readonly number[], known: readonly Mention[], candidates: Mention[]): Mention[] {
  if (namesakes.length === 0) return candidates;
  const knownAt = overlapFinder(known);
  const candidateAt = overlapFinder(candidates);
  // The finders are asked in text order.
  const spans: [number, number][] = [];
  for (let k = 0; k < namesakes.length; k += 2) spans.push([namesakes[k], namesakes[k + 1]]);
  spans.sort((a, b) => a[0] - b[0]);
  const added: Mention[] = [];
  for (const [start, end] of spans) {
    if (knownAt(start, end) || candidateAt(start, end) || (added.length > 0 && added[added.length - 1].end > start)) continue;
    added.push({ start, end, text: text.slice(start, end), type: 'candidate' });
  }
  return added.length === 0 ? candidates : mergeSorted(candidates, added, byStartThenLongest);
}

/** `known` without the mentions that a body's longer name among `candidates` covers ("Baku" of "Baku Higher Command School"). Both sorted. */
function withoutCovered(known: readonly Mention[], candidates: readonly Mention[]): readonly Mention[] {
  // A body's name, or a place's that holds a person's ("проспекте Абая"): the person is the street's name.
  const bodies = candidates.filter((c) => c.guess === 'organization' || c.guess === 'place');
  if (bodies.length === 0) return known;
  // Most often none is covered: `known` itself, copied only from the first that is.
  let out: Mention[] | undefined;
  let i = 0;
  for (let k = 0; k < known.length; k++) {
    const m = known[k];
    while (i < bodies.length && bodies[i].end <= m.start) i++;
    const body = i < bodies.length ? bodies[i] : undefined;
    if (body && body.start <= m.start && m.end <= body.end && (body.guess === 'organization' || m.type === 'person')) out ??= known.slice(0, k);
    else out?.push(m);
  }
  return out ?? known;
}

/**
 * `known` without the places that begin a Russian compound with a word in small letters after the
 * hyphen: «Вахш-инфо» is an outlet, "Москва-река" a river, "Бишкек-сити" a district, none of them the
 * place. (An English compound, "the Russia-led bloc", keeps its place, and so does a town "-на-" a
 * river, "Ростов-на-Дону".)
 */
function withoutPlacesInCompounds(text: string, known: Mention[]): Mention[] {
  const inCompound = (m: Mention) => m.type === 'place' && text.charCodeAt(m.end) === 0x2d && RUSSIAN_SMALL_LETTER.test(text.charAt(m.end + 1)) && !text.startsWith('на-', m.end + 1);
  return known.some(inCompound) ? known.filter((m) => !inCompound(m)) : known;
}
const RUSSIAN_SMALL_LETTER = /^[а-яё]$/;

/** The candidates with the exercises named after regions (`regionsNamingExercises`) that no candidate overlaps already. */
function withExercises(candidates: Mention[], exercises: readonly Mention[]): Mention[] {
  const at = overlapFinder(candidates);
  const left = exercises.filter((e) => at(e.start, e.end) === undefined);
  return left.length === 0 ? candidates : mergeSorted(candidates, left, byStartThenLongest);
}

const byStart = (a: Mention, b: Mention) => a.start - b.start;
const byStartThenLongest = (a: Mention, b: Mention) => a.start - b.start || b.end - a.end;

/**
 * What `[...first, ...second].sort(order)` gives, by merging the two lists once each is in
 * order (most often already): a stable sort of the concatenation keeps `first`'s mention ahead
 * of an equal one of `second`, as the merge does.
 */
export function mergeSorted<T>(first: readonly T[], second: readonly T[], order: (a: T, b: T) => number): T[] {
  const a = inOrder(first, order) ? first : [...first].sort(order);
  const b = inOrder(second, order) ? second : [...second].sort(order);
  const out: T[] = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = order(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

function inOrder<T>(list: readonly T[], order: (a: T, b: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1], list[i]) > 0) return false;
  return true;
}

/**
 * A lookup over sorted, non-overlapping mentions: which one overlaps [start, end)? The passes
 * that ask read the text in order, so each question starts from where the last one ended, on the
 * mentions' spans alone, read from two arrays rather than from each mention: most questions find
 * none, and the mentions, of several shapes, are slow to read a field of.
 */
function overlapFinder(sorted: readonly Mention[]): (start: number, end: number) => Mention | undefined {
  const n = sorted.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const m = sorted[i];
    starts[i] = m.start;
    ends[i] = m.end;
    // Ends out of order: the one binary search over all of them, as before.
    if (i > 0 && ends[i] < ends[i - 1]) return anywhereFinder(sorted);
  }
  let from = 0;
  return (start, end) => {
    from = firstEndAfter(ends, start, from);
    return from < n && starts[from] < end ? sorted[from] : undefined;
  };
}

function anywhereFinder(sorted: readonly Mention[]): (start: number, end: number) => Mention | undefined {
  return (start, end) => {
    const m = sorted[partitionPoint(0, sorted.length, (i) => sorted[i].end <= start)];
    return m && m.start < end ? m : undefined;
  };
}

/**
 * The first index whose end is after `offset`, in ends that never decrease: a search that gallops
 * on from `hint` (the last answer), or goes back to the start when the answer lies before it.
 */
export function firstEndAfter(ends: Int32Array, offset: number, hint: number): number {
  const n = ends.length;
  let low = Math.min(hint, n);
  if (low > 0 && ends[low - 1] > offset) return firstEndAfterIn(ends, offset, 0, low);
  // Every end before `low` is at or before `offset`; steps doubling until one is after it.
  let high = low;
  for (let step = 1; high < n && ends[high] <= offset; step *= 2) {
    low = high + 1;
    high = low + step;
  }
  return firstEndAfterIn(ends, offset, low, Math.min(high, n));
}

/**
 * `partitionPoint(from, to, (i) => ends[i] <= offset)` written out: the function made for each
 * question was an object the collector had to clear, a quarter of a million per 10 MB of text.
 */
function firstEndAfterIn(ends: Int32Array, offset: number, from: number, to: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ends[middle] <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

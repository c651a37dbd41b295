// What the workspace's fact files say, gathered for the tree view and the hover cards. Kept per
// fact file, so that one changed file updates the index without reading the others again.
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Problem } from '../problems';
import type { AttendanceFact, AttendanceStatus, FactFile, FactFileMention, SummitFact } from '../factFile/schema';
import { articlePathOf } from './articles';

export interface Evidence {
  articlePath: string;
  mention: FactFileMention;
}

export interface Attendance {
  person: string;
  event: string;
  status: AttendanceStatus;
  evidence: Evidence[];
}

export interface SummitSummary {
  /** A knowledge-base event id, or a synthetic `summit:<city>:<date>` for a summit it does not know. */
  key: string;
  event?: string;
  name: string;
  city?: string;
  start?: string;
  end?: string;
  organization?: string;
  attendances: Attendance[];
  evidence: Evidence[];
}

export interface LeaderSummary {
  person: string;
  name: string;
  attendances: Attendance[];
}

/** A summit or attendance fact of one fact file, with the mentions it cites and the summit's key. */
interface FileFact {
  fact: SummitFact | AttendanceFact;
  /** The summit it is about: the event's id, or `summit:<city>:<start>` for a summit the knowledge base does not know. */
  key: string;
  evidence: Evidence[];
}

/**
 * What the index keeps of one fact file: only what the tree and the hover cards ask for, so that
 * an index of 10,000 files holds their facts, not their tens of thousands of mentions. The editor
 * keeps the whole fact files of the articles open in it apart.
 */
interface FileEntry {
  /** Whether the file could be read as a fact file. */
  valid: boolean;
  articlePath?: string;
  /** Why the file could not be read; empty when it was. */
  problems: Problem[];
  /** Its summit and attendance facts with the mentions they cite, in the file's order. */
  facts: FileFact[];
  /** Its mentions flagged orphaned. */
  orphans: Evidence[];
  /** How often it mentions each entity: entity ids and counts, in turn. */
  entityCounts: (string | number)[];
  /** Whether it has any mention or fact at all. */
  annotated: boolean;
}

/** The summits as last worked out, for one knowledge base, each with where it first appears (path, fact). */
interface BuiltSummits {
  knowledgeBase: KnowledgeBase;
  summits: Map<string, SummitSummary>;
  first: Map<string, [path: string, fact: number]>;
}

/** Paths in code-unit order, the same on every platform and locale. */
function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A summit the knowledge base knows (or an event id it does not), before its facts are added. */
function summitOfEvent(eventId: string, knowledgeBase: KnowledgeBase): SummitSummary {
  const event = knowledgeBase.get(eventId);
  if (event?.type === 'event') {
    return { key: eventId, event: eventId, name: event.name, city: event.city, start: event.start, end: event.end, organization: event.organization, attendances: [], evidence: [] };
  }
  return { key: eventId, event: eventId, name: eventId, attendances: [], evidence: [] };
}

/** A summit known only from a fact: its city and year name it. */
function summitOfFact(fact: SummitFact, key: string, knowledgeBase: KnowledgeBase): SummitSummary {
  return {
    key,
    name: `${knowledgeBase.get(fact.city)?.name ?? fact.city} ${fact.start.slice(0, 4)}`,
    city: fact.city,
    start: fact.start,
    end: fact.end,
    organization: fact.organization,
    attendances: [],
    evidence: [],
  };
}

/** The summits by date and name; ties by where each first appears, so the order never depends on the order of events. */
function orderedSummits(built: BuiltSummits): SummitSummary[] {
  const firstOf = (s: SummitSummary) => built.first.get(s.key)!;
  return [...built.summits.values()].sort(
    (a, b) =>
      (a.start ?? '').localeCompare(b.start ?? '') ||
      a.name.localeCompare(b.name) ||
      comparePaths(firstOf(a)[0], firstOf(b)[0]) ||
      firstOf(a)[1] - firstOf(b)[1],
  );
}

/** The leaders of the summits, by name, each with their attendances in the summits' order. */
function leadersOf(summits: readonly SummitSummary[], knowledgeBase: KnowledgeBase): LeaderSummary[] {
  const leaders = new Map<string, LeaderSummary>();
  for (const s of summits) {
    for (const a of s.attendances) {
      let leader = leaders.get(a.person);
      if (!leader) leaders.set(a.person, (leader = { person: a.person, name: knowledgeBase.get(a.person)?.name ?? a.person, attendances: [] }));
      leader.attendances.push(a);
    }
  }
  return [...leaders.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export class FactIndex {
  private readonly files = new Map<string, FileEntry>();
  private version = 0;
  /** The summits and leaders as last given: for the files at `version`, named by `knowledgeBase`. */
  private cache?: { version: number; knowledgeBase: KnowledgeBase; summits: SummitSummary[]; leaders: LeaderSummary[] };
  /** The paths in order, kept until a path comes or goes: a changed file keeps its place. */
  private sorted?: string[];
  private orphanCache?: { version: number; found: Evidence[] };
  /** Every file's entity counts, summed: articles and mentions per entity id. */
  private readonly entityTotals = new Map<string, { articles: number; mentions: number }>();
  // The tree's summits are worked out per summit: which files have facts about each, which summits
  // changed since they were last worked out, and the summits as they were then, each with where it
  // first appears (path, fact), the order the tree breaks ties in.
  private readonly contributors = new Map<string, Set<string>>();
  private dirty = new Set<string>();
  private summitsBuilt?: BuiltSummits;
  /**
   * The paths whose last readable content held annotations. A file found empty or gone keeps its
   * place here: a program saving it truncates it first, and what it held must not be taken for a
   * new, empty fact file.
   */
  private readonly annotatedPaths = new Set<string>();
  private readonly shared = new SharedStrings();

  /** Records a fact file's content: a valid fact file, or the problems that made it unreadable. */
  set(factFilePath: string, factFile: FactFile | undefined, problems: Problem[] = []): void {
    const old = this.files.get(factFilePath);
    if (old) this.withdraw(factFilePath, old);
    else this.sorted = undefined;
    const entry = summarize(factFilePath, factFile, problems, this.shared);
    this.files.set(factFilePath, entry);
    if (entry.annotated) this.annotatedPaths.add(factFilePath);
    else if (entry.valid) this.annotatedPaths.delete(factFilePath);
    this.countEntities(entry, +1);
    for (const { key } of entry.facts) {
      let paths = this.contributors.get(key);
      if (!paths) this.contributors.set(key, (paths = new Set()));
      paths.add(factFilePath);
      this.dirty.add(key);
    }
    this.version++;
  }

  delete(factFilePath: string): void {
    const old = this.files.get(factFilePath);
    if (!old) return;
    this.withdraw(factFilePath, old);
    this.files.delete(factFilePath);
    this.sorted = undefined;
    this.version++;
  }

  /** Whether the file at a path held annotations when it was last read whole, though it may be empty or gone now. */
  heldAnnotations(factFilePath: string): boolean {
    return this.annotatedPaths.has(factFilePath);
  }

  /** Forgets that a path held annotations: the user emptied the file on purpose. */
  forgetAnnotations(factFilePath: string): void {
    this.annotatedPaths.delete(factFilePath);
  }

  /** Takes a file's facts out of the summits they went to, which are then worked out again. */
  private withdraw(factFilePath: string, entry: FileEntry): void {
    this.countEntities(entry, -1);
    for (const { key } of entry.facts) {
      this.contributors.get(key)?.delete(factFilePath);
      this.dirty.add(key);
    }
  }

  private countEntities(entry: FileEntry, sign: 1 | -1): void {
    const counts = entry.entityCounts;
    for (let i = 0; i < counts.length; i += 2) {
      const id = counts[i] as string;
      const total = this.entityTotals.get(id) ?? { articles: 0, mentions: 0 };
      total.articles += sign;
      total.mentions += sign * (counts[i + 1] as number);
      if (total.articles === 0) this.entityTotals.delete(id);
      else this.entityTotals.set(id, total);
    }
  }

  /** The summit and attendance facts of one file, as the tree has them. */
  treeFactsOf(factFilePath: string): (SummitFact | AttendanceFact)[] {
    return this.files.get(factFilePath)?.facts.map((f) => f.fact) ?? [];
  }

  /** Whether a file is known at the path, valid or not. */
  has(factFilePath: string): boolean {
    return this.files.has(factFilePath);
  }

  /** The article a valid fact file names (its `article.file`, beside it); undefined for an unknown or invalid file. */
  articleOf(factFilePath: string): string | undefined {
    return this.files.get(factFilePath)?.articlePath;
  }

  /** Every fact file path known, valid or not. */
  paths(): string[] {
    return [...this.files.keys()];
  }

  get factFileCount(): number {
    return this.files.size;
  }

  /** Why a fact file could not be read; empty when it was read fine or is not known. */
  problemsOf(factFilePath: string): Problem[] {
    return this.files.get(factFilePath)?.problems ?? [];
  }

  /** Mentions flagged orphaned: their quote was not found again in the article's text. */
  orphans(): Evidence[] {
    // Each file's orphans are found once per content; a change to one file costs a walk over the
    // files, not over every mention of the workspace.
    if (this.orphanCache?.version !== this.version) {
      const found: Evidence[] = [];
      for (const path of this.sortedPaths()) for (const evidence of this.files.get(path)!.orphans) found.push(evidence);
      this.orphanCache = { version: this.version, found };
    }
    return [...this.orphanCache.found];
  }

  /** Fact files that could not be read, with why. */
  invalid(): { factFilePath: string; problems: Problem[] }[] {
    return [...this.files].filter(([, e]) => !e.valid).map(([factFilePath, e]) => ({ factFilePath, problems: e.problems }));
  }

  /** True when nothing at all has been annotated yet. */
  isEmpty(): boolean {
    for (const { annotated } of this.files.values()) if (annotated) return false;
    return true;
  }

  /** How many articles mention an entity, and how often. */
  mentionsOf(entityId: string): { articles: number; mentions: number } {
    const total = this.entityTotals.get(entityId);
    return { articles: total?.articles ?? 0, mentions: total?.mentions ?? 0 };
  }

  summits(knowledgeBase: KnowledgeBase): SummitSummary[] {
    return this.build(knowledgeBase).summits;
  }

  leaders(knowledgeBase: KnowledgeBase): LeaderSummary[] {
    return this.build(knowledgeBase).leaders;
  }

  attendancesOf(person: string, knowledgeBase: KnowledgeBase): Attendance[] {
    return this.leaders(knowledgeBase).find((l) => l.person === person)?.attendances ?? [];
  }

  private build(knowledgeBase: KnowledgeBase): { summits: SummitSummary[]; leaders: LeaderSummary[] } {
    if (this.cache?.version === this.version && this.cache.knowledgeBase === knowledgeBase) return this.cache;
    const built = this.refreshSummits(knowledgeBase);
    const summits = orderedSummits(built);
    this.cache = { version: this.version, knowledgeBase, summits, leaders: leadersOf(summits, knowledgeBase) };
    return this.cache;
  }

  /**
   * The summits as the files say now. Only the summits that files changed, came or went since the
   * last time are worked out again, each from its own files in path order: the same workspace
   * always gives the same tree. Another knowledge base (reloaded) works them all out again.
   */
  private refreshSummits(knowledgeBase: KnowledgeBase): BuiltSummits {
    if (this.summitsBuilt?.knowledgeBase !== knowledgeBase) {
      this.summitsBuilt = { knowledgeBase, summits: new Map(), first: new Map() };
      this.dirty = new Set(this.contributors.keys());
    }
    const built = this.summitsBuilt;
    for (const key of this.dirty) {
      const paths = this.contributors.get(key);
      built.summits.delete(key);
      built.first.delete(key);
      if (!paths || paths.size === 0) {
        this.contributors.delete(key);
        continue;
      }
      const summit = this.summitFromFiles(key, [...paths].sort(comparePaths), knowledgeBase);
      if (!summit) continue;
      built.summits.set(key, summit.summit);
      built.first.set(key, summit.first);
    }
    this.dirty.clear();
    return built;
  }

  /** One summit from the facts about it in `paths`, in order, with where it first appears. */
  private summitFromFiles(key: string, paths: readonly string[], knowledgeBase: KnowledgeBase): { summit: SummitSummary; first: [path: string, fact: number] } | undefined {
    let s: SummitSummary | undefined;
    let first: [string, number] | undefined;
    const attendanceByPerson = new Map<string, Attendance>();
    for (const path of paths) {
      const facts = this.files.get(path)!.facts;
      for (let i = 0; i < facts.length; i++) {
        const { fact, evidence } = facts[i];
        if (facts[i].key !== key) continue;
        if (!s) {
          s = fact.type === 'summit' && !fact.event ? summitOfFact(fact, key, knowledgeBase) : summitOfEvent(fact.event!, knowledgeBase);
          first = [path, i];
        }
        if (fact.type === 'summit') {
          s.city ??= fact.city;
          s.start ??= fact.start;
          s.organization ??= fact.organization;
          for (const e of evidence) s.evidence.push(e);
          continue;
        }
        let attendance = attendanceByPerson.get(fact.person);
        if (!attendance) {
          attendance = { person: fact.person, event: fact.event, status: fact.status, evidence: [] };
          attendanceByPerson.set(fact.person, attendance);
          s.attendances.push(attendance);
        }
        // Across articles, a report of the outcome outweighs an expectation.
        attendance.status = strongerStatus(attendance.status, fact.status);
        for (const e of evidence) attendance.evidence.push(e);
      }
    }
    if (!s || !first) return undefined;
    const nameOf = (id: string) => knowledgeBase.get(id)?.name ?? id;
    s.attendances.sort((a, b) => nameOf(a.person).localeCompare(nameOf(b.person)));
    return { summit: s, first };
  }

  private sortedPaths(): string[] {
    this.sorted ??= [...this.files.keys()].sort(comparePaths);
    return this.sorted;
  }
}

/**
 * One copy of each string that many fact files repeat (entity, event and place ids, fact types,
 * statuses, dates): a copy per file of the same few hundred ids was most of what an index of
 * 10,000 files held.
 */
class SharedStrings {
  private readonly strings = new Map<string, string>();

  get<T extends string | undefined>(s: T): T {
    if (s === undefined) return s;
    let shared = this.strings.get(s);
    if (shared === undefined) {
      shared = ownCopy(s);
      this.strings.set(shared, shared);
    }
    return shared as T;
  }
}

/**
 * V8 cuts a string of this many units or more from a longer one as a slice that points into it;
 * shorter ones are copied when they are cut.
 */
const SLICE_MIN_LENGTH = 13;

/**
 * `s`, not as a slice of the text it was cut from: a string the parser cut from a fact file's text
 * keeps that whole text alive, and the index would hold every file's text. Most ids are shorter
 * than a slice, and are kept as they are.
 */
function ownCopy(s: string): string {
  return s.length < SLICE_MIN_LENGTH ? s : (structuredClone(s) as string);
}

/** A mention as the index keeps it: its texts its own, its entity or date shared. */
function keptMention(m: FactFileMention, shared: SharedStrings): FactFileMention {
  const kept: FactFileMention = { id: ownCopy(m.id), quote: ownCopy(m.quote), prefix: ownCopy(m.prefix), suffix: ownCopy(m.suffix), start: m.start, end: m.end };
  if (m.entity !== undefined) kept.entity = shared.get(m.entity);
  if (m.date !== undefined) kept.date = shared.get(m.date);
  if (m.orphaned !== undefined) kept.orphaned = m.orphaned;
  return kept;
}

/** A fact as the index keeps it: its id and evidence its own, every other field shared. */
function keptFact(fact: SummitFact | AttendanceFact, shared: SharedStrings): SummitFact | AttendanceFact {
  const kept = { ...fact, id: ownCopy(fact.id), evidence: fact.evidence.map(ownCopy) };
  const fields = kept as unknown as Record<string, unknown>;
  for (const key of Object.keys(fields)) if (key !== 'id' && typeof fields[key] === 'string') fields[key] = shared.get(fields[key] as string);
  return kept;
}

/** What the index keeps of a fact file (see FileEntry); the fact file itself is not kept. */
function summarize(factFilePath: string, factFile: FactFile | undefined, problems: Problem[], shared: SharedStrings): FileEntry {
  if (!factFile) return { valid: false, problems, facts: [], orphans: [], entityCounts: [], annotated: false };
  const treeFacts = factFile.facts.filter((f): f is SummitFact | AttendanceFact => f.type === 'summit' || f.type === 'attendance');
  const cited = new Set(treeFacts.flatMap((f) => f.evidence));
  const articlePath = ownCopy(articlePathOf(factFilePath, factFile));
  const mentions = new Map<string, FactFileMention>();
  for (const m of factFile.mentions) if (m.orphaned || cited.has(m.id)) mentions.set(m.id, keptMention(m, shared));
  const facts: FileFact[] = [];
  for (const parsed of treeFacts) {
    const fact = keptFact(parsed, shared);
    const evidence: Evidence[] = [];
    for (const id of fact.evidence) {
      const mention = mentions.get(id);
      if (mention) evidence.push({ articlePath, mention });
    }
    facts.push({ fact, key: shared.get(fact.type === 'summit' ? (fact.event ?? `summit:${fact.city}:${fact.start}`) : fact.event), evidence });
  }
  const orphans: Evidence[] = [];
  for (const mention of mentions.values()) if (mention.orphaned) orphans.push({ articlePath, mention });
  const counts = new Map<string, number>();
  for (const mention of factFile.mentions) if (mention.entity !== undefined) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  const entityCounts: (string | number)[] = [];
  for (const [id, count] of counts) entityCounts.push(shared.get(id), count);
  return { valid: true, articlePath, problems, facts, orphans, entityCounts, annotated: factFile.mentions.length > 0 || factFile.facts.length > 0 };
}

const STATUS_WEIGHT: Record<AttendanceStatus, number> = { uncertain: 0, expected: 1, absent: 2, attended: 3 };

/** What to show when articles disagree: what happened beats what was expected or unsure. */
export function strongerStatus(a: AttendanceStatus, b: AttendanceStatus): AttendanceStatus {
  return STATUS_WEIGHT[b] > STATUS_WEIGHT[a] ? b : a;
}

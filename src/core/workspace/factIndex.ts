// What the workspace's sidecars say, gathered for the tree view and the hover cards. Kept per
// sidecar, so that one changed file updates the index without reading the others again.
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import type { Problem } from '../knowledgeBase/loadFile';
import type { AttendanceFact, AttendanceStatus, Sidecar, SidecarMention, SummitFact } from '../sidecar/schema';
import { articlePathOf } from './articles';

export interface Evidence {
  articlePath: string;
  mention: SidecarMention;
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

/** A summit or attendance fact of one sidecar, with the mentions it cites. */
interface FileFact {
  fact: SummitFact | AttendanceFact;
  evidence: Evidence[];
}

interface FileEntry {
  articlePath?: string;
  sidecar?: Sidecar;
  problems: Problem[];
  /** The facts the tree shows, worked out once per content (see `factsOf`). */
  facts?: FileFact[];
}

export class FactIndex {
  private readonly files = new Map<string, FileEntry>();
  private version = 0;
  private cache?: { version: number; summits: SummitSummary[]; leaders: LeaderSummary[] };
  /** The paths in order, kept until a path comes or goes: a changed file keeps its place. */
  private sorted?: string[];

  /** Records a sidecar's content: a valid sidecar, or the problems that made it unreadable. */
  set(sidecarPath: string, sidecar: Sidecar | undefined, problems: Problem[] = []): void {
    if (!this.files.has(sidecarPath)) this.sorted = undefined;
    this.files.set(sidecarPath, { sidecar, problems, articlePath: sidecar ? articlePathOf(sidecarPath, sidecar) : undefined });
    this.version++;
  }

  delete(sidecarPath: string): void {
    if (this.files.delete(sidecarPath)) {
      this.sorted = undefined;
      this.version++;
    }
  }

  get(sidecarPath: string): Sidecar | undefined {
    return this.files.get(sidecarPath)?.sidecar;
  }

  /** Every sidecar path known, valid or not. */
  paths(): string[] {
    return [...this.files.keys()];
  }

  get sidecarCount(): number {
    return this.files.size;
  }

  /** Why a sidecar could not be read; empty when it was read fine or is not known. */
  problemsOf(sidecarPath: string): Problem[] {
    return this.files.get(sidecarPath)?.problems ?? [];
  }

  /** Mentions flagged orphaned: their quote was not found again in the article's text. */
  orphans(): Evidence[] {
    const found: Evidence[] = [];
    for (const [, { sidecar, articlePath }] of [...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!sidecar || !articlePath) continue;
      for (const mention of sidecar.mentions) if (mention.orphaned) found.push({ articlePath, mention });
    }
    return found;
  }

  /** Sidecars that could not be read, with why. */
  invalid(): { sidecarPath: string; problems: Problem[] }[] {
    return [...this.files].filter(([, e]) => !e.sidecar).map(([sidecarPath, e]) => ({ sidecarPath, problems: e.problems }));
  }

  /** True when nothing at all has been annotated yet. */
  isEmpty(): boolean {
    for (const { sidecar } of this.files.values()) if (sidecar && (sidecar.mentions.length > 0 || sidecar.facts.length > 0)) return false;
    return true;
  }

  /** How many articles mention an entity, and how often. */
  mentionsOf(entityId: string): { articles: number; mentions: number } {
    let articles = 0;
    let mentions = 0;
    for (const { sidecar } of this.files.values()) {
      const n = sidecar?.mentions.filter((m) => m.entity === entityId).length ?? 0;
      if (n > 0) articles++;
      mentions += n;
    }
    return { articles, mentions };
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
    if (this.cache?.version === this.version) return this.cache;
    const summits = new Map<string, SummitSummary>();
    const summit = (key: string, init: () => SummitSummary) => {
      let s = summits.get(key);
      if (!s) summits.set(key, (s = init()));
      return s;
    };
    const fromEvent = (eventId: string): SummitSummary => {
      const event = knowledgeBase.get(eventId);
      if (event?.type === 'event') {
        return { key: eventId, event: eventId, name: event.name, city: event.city, start: event.start, end: event.end, organization: event.organization, attendances: [], evidence: [] };
      }
      return { key: eventId, event: eventId, name: eventId, attendances: [], evidence: [] };
    };
    const fromFact = (fact: SummitFact): SummitSummary => ({
      key: `summit:${fact.city}:${fact.start}`,
      name: `${knowledgeBase.get(fact.city)?.name ?? fact.city} ${fact.start.slice(0, 4)}`,
      city: fact.city,
      start: fact.start,
      end: fact.end,
      organization: fact.organization,
      attendances: [],
      evidence: [],
    });
    const attendanceByKey = new Map<string, Attendance>();
    // Sorted paths: the same workspace always gives the same tree. Each file's facts and their
    // evidence are worked out once per content, so that a change to one file costs a merge of the
    // others' facts, not a new look at all their mentions.
    this.sorted ??= [...this.files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const path of this.sorted) {
      for (const { fact, evidence } of this.factsOf(this.files.get(path)!)) {
        if (fact.type === 'summit') {
          const s = fact.event ? summit(fact.event, () => fromEvent(fact.event!)) : summit(fromFact(fact).key, () => fromFact(fact));
          s.city ??= fact.city;
          s.start ??= fact.start;
          s.organization ??= fact.organization;
          for (const e of evidence) s.evidence.push(e);
        } else {
          const s = summit(fact.event, () => fromEvent(fact.event));
          const key = `${fact.event}|${fact.person}`;
          let attendance = attendanceByKey.get(key);
          if (!attendance) {
            attendance = { person: fact.person, event: fact.event, status: fact.status, evidence: [] };
            attendanceByKey.set(key, attendance);
            s.attendances.push(attendance);
          }
          // Across articles, a report of the outcome outweighs an expectation.
          attendance.status = strongerStatus(attendance.status, fact.status);
          for (const e of evidence) attendance.evidence.push(e);
        }
      }
    }
    const nameOf = (id: string) => knowledgeBase.get(id)?.name ?? id;
    const sortedSummits = [...summits.values()].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.name.localeCompare(b.name));
    for (const s of sortedSummits) s.attendances.sort((a, b) => nameOf(a.person).localeCompare(nameOf(b.person)));
    const leaders = new Map<string, LeaderSummary>();
    for (const s of sortedSummits) {
      for (const a of s.attendances) {
        let leader = leaders.get(a.person);
        if (!leader) leaders.set(a.person, (leader = { person: a.person, name: nameOf(a.person), attendances: [] }));
        leader.attendances.push(a);
      }
    }
    this.cache = {
      version: this.version,
      summits: sortedSummits,
      leaders: [...leaders.values()].sort((a, b) => a.name.localeCompare(b.name)),
    };
    return this.cache;
  }

  /** A file's summit and attendance facts with their evidence, in the sidecar's order. */
  private factsOf(entry: FileEntry): FileFact[] {
    if (entry.facts) return entry.facts;
    const { sidecar, articlePath } = entry;
    const facts: FileFact[] = [];
    if (sidecar && articlePath) {
      let mentions: Map<string, SidecarMention> | undefined;
      for (const fact of sidecar.facts) {
        if (fact.type !== 'summit' && fact.type !== 'attendance') continue;
        mentions ??= new Map(sidecar.mentions.map((m) => [m.id, m]));
        const evidence: Evidence[] = [];
        for (const id of fact.evidence) {
          const mention = mentions.get(id);
          if (mention) evidence.push({ articlePath, mention });
        }
        facts.push({ fact, evidence });
      }
    }
    entry.facts = facts;
    return facts;
  }
}

const STATUS_WEIGHT: Record<AttendanceStatus, number> = { uncertain: 0, expected: 1, absent: 2, attended: 3 };

/** What to show when articles disagree: what happened beats what was expected or unsure. */
export function strongerStatus(a: AttendanceStatus, b: AttendanceStatus): AttendanceStatus {
  return STATUS_WEIGHT[b] > STATUS_WEIGHT[a] ? b : a;
}

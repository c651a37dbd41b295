// brat standoff: per article `<name>.txt` (the article text, exactly) and `<name>.ann`, in the same
// folders as in the workspace, plus `annotation.conf` and `tools.conf` at the top of the folder.
// `<name>` is the article's name without its `.txt` (other extensions are kept: `a.md` gives
// `a.md.txt`), made unique when two articles would share it: see `BratNames`.
//
// In the .ann file, for each anchored mention in text order:
//   T1<TAB>Person 10 24<TAB>Vladimir Putin          types Person, Organization, Place, Event, Date
//   #1<TAB>AnnotatorNotes T1<TAB>person:vladimir-putin   the entity id, or the ISO date
//   N1<TAB>Reference T1 Wikidata:Q7747<TAB>Vladimir Putin   where the knowledge base has a Wikidata id
// then each fact with evidence in the file, as a brat event (summits, attendances, roles):
//   T9<TAB>Attendance 10 24<TAB>Vladimir Putin       its trigger: the extent of its first evidence mention
//                                                    (shared by the events of its type that start there)
//   E1<TAB>Attendance:T9 Person:T1 Evidence:T4      its evidence, each in the role of the field it fills
//   A1<TAB>Status E1 expected                        an attendance's status
//   #2<TAB>AnnotatorNotes E1<TAB>id=f-… person=person:… event=event:… status=expected
// The note holds every field of the fact but its evidence, `key=value` separated by spaces, a value
// with a space, `"`, `=` or `\` written as a JSON string: what is not a span (an event no mention
// names, a role's title, a summit's dates) is there. A fact with no evidence in the file is left
// out, and reported.
// Offsets count Unicode code points, as brat does. A span cannot hold a line break in brat (an .ann
// line ends there), so a mention across lines becomes a discontinuous span `start end;start end`
// of its pieces on each line, whitespace at their edges left out; its text is the pieces joined by
// single spaces, the form brat itself writes.
import type { Fact } from '../factFile/schema';
import type { Problem } from '../problems';
import type { CodePointIndex } from '../text/codePoints';
import type { ArticleResult, ExportContext, Exporter } from './exporter';
import { factRecord } from './jsonl';
import { anchoredEvidence, type MentionKind, type PreparedArticle, type PreparedMention } from './prepare';

export const BRAT_TYPES: Record<MentionKind, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  event: 'Event',
  date: 'Date',
};

export const ANNOTATION_CONF = `# News Annotator export: the entity types of the .ann files in this folder.
[entities]
Person
Organization
Place
Event
Date

[relations]
# Mentions may nest (a place inside a summit's name).
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]
# The facts: each argument is a mention that is its evidence, in the role of the field it names;
# Evidence is a mention that names none of them. The fact's fields are in its note.
Summit\tEvent*:Event, Organization*:Organization, City*:Place, Date*:Date, Evidence*:<ENTITY>
Attendance\tPerson*:Person, Event*:Event, Evidence*:<ENTITY>
Role\tPerson*:Person, Country*:Place, Organization*:Organization, Evidence*:<ENTITY>

[attributes]
Status\tArg:Attendance, Value:attended|expected|absent|uncertain
`;

/** The brat event type of each kind of fact. */
export const BRAT_FACT_TYPES: Record<Fact['type'], string> = { summit: 'Summit', attendance: 'Attendance', role: 'Role' };

/** The event argument of each fact field an evidence mention can fill. */
export const BRAT_FACT_ROLES: Record<Fact['type'], Record<string, string>> = {
  summit: { event: 'Event', organization: 'Organization', city: 'City' },
  attendance: { person: 'Person', event: 'Event' },
  role: { person: 'Person', country: 'Country', organization: 'Organization' },
};
/** A summit's date mentions are its `Date` arguments; a mention that names no field of its fact, `Evidence`. */
export const BRAT_DATE_ROLE = 'Date';
export const BRAT_EVIDENCE_ROLE = 'Evidence';

export const TOOLS_CONF = `# News Annotator export: where the N (normalization) lines point.
[normalization]
Wikidata\t<URL>:https://www.wikidata.org/, <URLBASE>:https://www.wikidata.org/wiki/%s
`;

/** Characters that end a line in brat's reading of an .ann file, plus the tab that separates its fields. */
const BREAK = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;
const EDGE_SPACE = /\s/;

export interface BratFragment {
  /** Code-point offsets. */
  start: number;
  end: number;
  text: string;
}

/**
 * A mention's pieces between line breaks (and tabs), trimmed of whitespace, in code points. One
 * piece for a mention on one line.
 */
export function bratFragments(text: string, index: CodePointIndex, start: number, end: number): BratFragment[] {
  const fragments: BratFragment[] = [];
  let pieceStart = start;
  const flush = (pieceEnd: number) => {
    let s = pieceStart;
    let e = pieceEnd;
    while (s < e && EDGE_SPACE.test(text[s])) s++;
    while (e > s && EDGE_SPACE.test(text[e - 1])) e--;
    if (e > s) fragments.push({ start: index.toCodePoint(s), end: index.toCodePoint(e), text: text.slice(s, e) });
  };
  for (let i = start; i < end; i++) {
    if (BREAK.test(text[i])) {
      flush(i);
      pieceStart = i + 1;
    }
  }
  flush(end);
  return fragments;
}

/** Tabs and line breaks in a free-text field become spaces. */
function field(value: string): string {
  return value.replace(/[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/g, ' ');
}

/**
 * A value of a fact note: as it is, or as a JSON string when it holds a space, `"`, `=` or `\`; with
 * the line breaks JSON leaves as they are (U+0085, U+2028, U+2029) escaped too, as brat ends a line there.
 */
function noteValue(value: string): string {
  if (/^[^\s"=\\]+$/.test(value)) return value;
  return JSON.stringify(value).replace(/[\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A fact's fields but its evidence and type, as the note of its brat event says them. */
export function bratFactNote(fact: Fact): string {
  return Object.entries(factRecord(fact))
    .filter(([key]) => key !== 'type' && key !== 'evidence')
    .map(([key, value]) => `${key}=${noteValue(String(value))}`)
    .join(' ');
}

/** The role a mention of a fact's evidence has in its event. */
function argumentRole(fact: Fact, m: PreparedMention): string {
  if (m.entity === undefined) return fact.type === 'summit' ? BRAT_DATE_ROLE : BRAT_EVIDENCE_ROLE;
  const fields = fact as unknown as Record<string, unknown>;
  for (const [field, role] of Object.entries(BRAT_FACT_ROLES[fact.type])) if (fields[field] === m.entity) return role;
  return BRAT_EVIDENCE_ROLE;
}

/** `Person:T1 Person2:T7 Evidence:T3`: brat numbers the second and later arguments of a role. */
function eventArguments(args: { role: string; id: string }[]): string {
  const seen = new Map<string, number>();
  return args
    .map(({ role, id }) => {
      const n = (seen.get(role) ?? 0) + 1;
      seen.set(role, n);
      return `${n === 1 ? role : `${role}${n}`}:${id}`;
    })
    .join(' ');
}

interface WrittenSpan {
  id: string;
  spans: string;
  text: string;
}

/** The .ann file of one article. */
export function bratAnnotations(
  article: PreparedArticle,
  context: ExportContext,
): { ann: string; textBounds: number; facts: number; skipped: PreparedMention[]; leftOutFacts: Fact[] } {
  const lines: string[] = [];
  // Only the mentions that facts cite, as `anchored` holds only those.
  const written = new Map<string, WrittenSpan>();
  const skipped: PreparedMention[] = [];
  let t = 0;
  let note = 0;
  let n = 0;
  for (const m of article.mentions) {
    const fragments = bratFragments(article.text, article.index, m.start, m.end);
    if (fragments.length === 0) {
      skipped.push(m);
      continue;
    }
    const id = `T${++t}`;
    const spans = fragments.map((f) => `${f.start} ${f.end}`).join(';');
    const text = fragments.map((f) => f.text).join(' ');
    if (article.anchored.has(m.id)) written.set(m.id, { id, spans, text });
    lines.push(`${id}\t${BRAT_TYPES[m.kind]} ${spans}\t${text}`);
    lines.push(`#${++note}\tAnnotatorNotes ${id}\t${field(m.entity ?? m.date ?? '')}`);
    const entity = context.entities.get(m.entity);
    if (entity?.wikidata) lines.push(`N${++n}\tReference ${id} Wikidata:${entity.wikidata}\t${field(entity.name)}`);
  }
  const textBounds = t;
  const leftOutFacts: Fact[] = [];
  const triggers = new Map<string, string>();
  let e = 0;
  let a = 0;
  for (const fact of article.facts) {
    const evidence = anchoredEvidence(article, fact).flatMap((m) => {
      const span = written.get(m.id);
      return span ? [{ m, span }] : [];
    });
    if (evidence.length === 0) {
      leftOutFacts.push(fact);
      continue;
    }
    const type = BRAT_FACT_TYPES[fact.type];
    // Events of one type on the same first mention share its trigger, as brat would have them.
    const triggerKey = `${type} ${evidence[0].span.spans}`;
    let trigger = triggers.get(triggerKey);
    if (trigger === undefined) {
      trigger = `T${++t}`;
      triggers.set(triggerKey, trigger);
      lines.push(`${trigger}\t${type} ${evidence[0].span.spans}\t${evidence[0].span.text}`);
    }
    const event = `E${++e}`;
    lines.push(`${event}\t${type}:${trigger} ${eventArguments(evidence.map(({ m, span }) => ({ role: argumentRole(fact, m), id: span.id })))}`);
    if (fact.type === 'attendance') lines.push(`A${++a}\tStatus ${event} ${fact.status}`);
    lines.push(`#${++note}\tAnnotatorNotes ${event}\t${field(bratFactNote(fact))}`);
  }
  return { ann: lines.length > 0 ? `${lines.join('\n')}\n` : '', textBounds, facts: e, skipped, leftOutFacts };
}

/** An article's workspace path with `.` and `..` segments resolved, so that nothing lands outside the folder. */
function folderPath(path: string): string[] {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length > 0) segments.pop();
      continue;
    }
    segments.push(segment);
  }
  if (segments.length === 0) segments.push('article');
  return segments;
}

/**
 * Where an article's files go in the brat folder: its workspace path, without the extension when
 * that is `.txt` (brat's own), so that `a.txt` gives `a.txt` and `a.ann`, and `a.md` gives
 * `a.md.txt` and `a.md.ann`.
 */
export function bratBaseName(path: string): string {
  const segments = folderPath(path);
  const last = segments.pop()!;
  segments.push(/.\.txt$/i.test(last) ? last.slice(0, -'.txt'.length) : last);
  return segments.join('/');
}

/**
 * Base names for the articles of one export, each used once: a name already taken (`a.md.txt`
 * after `a.md`, or `A.txt` after `a.txt`, compared without case for folders on case-insensitive
 * file systems) gets `~2`, `~3`… Given articles in the same order, the same names.
 */
export class BratNames {
  private readonly used = new Set<string>();

  next(path: string): string {
    const base = bratBaseName(path);
    if (this.take(base)) return base;
    for (let n = 2; ; n++) if (this.take(`${base}~${n}`)) return `${base}~${n}`;
  }

  private take(name: string): boolean {
    const key = name.toLowerCase();
    if (this.used.has(key)) return false;
    this.used.add(key);
    return true;
  }
}

export function bratExporter(context: ExportContext): Exporter {
  let files = 0;
  const names = new BratNames();
  return {
    get filesWritten() {
      return files;
    },
    async begin() {},
    async article(article): Promise<ArticleResult> {
      const base = names.next(article.path);
      const { ann, textBounds, facts, skipped, leftOutFacts } = bratAnnotations(article, context);
      await context.output.writeFile(`${base}.txt`, article.text);
      await context.output.writeFile(`${base}.ann`, ann);
      files += 2;
      const problems: Problem[] = skipped.map((m) => ({
        file: article.factFilePath,
        line: 1,
        column: 1,
        field: '',
        message: `mention ${m.id} holds only whitespace; brat cannot show it`,
        severity: 'warning' as const,
      }));
      for (const fact of leftOutFacts) {
        problems.push({
          file: article.factFilePath,
          line: 1,
          column: 1,
          field: `facts[${article.article.factFile.facts.findIndex((f) => f.id === fact.id)}]`,
          message: `fact ${fact.id} (${fact.type}) has none of its evidence in the export; brat holds a fact only as an event on its evidence, so it is left out`,
          severity: 'warning',
        });
      }
      return { mentions: textBounds, facts, records: textBounds, skippedMentions: skipped.length, problems };
    },
    async end() {
      await context.output.writeFile('annotation.conf', ANNOTATION_CONF);
      await context.output.writeFile('tools.conf', TOOLS_CONF);
      files += 2;
    },
  };
}

// brat standoff: per article `<name>.txt` (the article text, exactly) and `<name>.ann`, in the same
// folders as in the workspace, plus `annotation.conf` and `tools.conf` at the top of the folder.
// `<name>` is the article's name without its `.txt` (other extensions are kept: `a.md` gives
// `a.md.txt`), made unique when two articles would share it: see `BratNames`.
//
// In the .ann file, for each anchored mention in text order:
//   T1<TAB>Person 10 24<TAB>Vladimir Putin          types Person, Organization, Place, Event, Date
//   #1<TAB>AnnotatorNotes T1<TAB>person:vladimir-putin   the entity id, or the ISO date
//   N1<TAB>Reference T1 Wikidata:Q7747<TAB>Vladimir Putin   where the knowledge base has a Wikidata id
// and for each attendance fact whose evidence holds a mention of the person and one of the summit:
//   R1<TAB>Attendance Arg1:T1 Arg2:T4   with a note giving the status and the fact id.
// Offsets count Unicode code points, as brat does. A span cannot hold a line break in brat (an .ann
// line ends there), so a mention across lines becomes a discontinuous span `start end;start end`
// of its pieces on each line, whitespace at their edges left out; its text is the pieces joined by
// single spaces, the form brat itself writes.
import type { AttendanceFact } from '../factFile/schema';
import type { CodePointIndex } from '../text/codePoints';
import type { ArticleResult, ExportContext, Exporter } from './exporter';
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
Attendance\tArg1:Person, Arg2:Event
# Mentions may nest (a place inside a summit's name).
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
`;

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

/** The .ann file of one article. */
export function bratAnnotations(article: PreparedArticle, context: ExportContext): { ann: string; textBounds: number; skipped: PreparedMention[] } {
  const lines: string[] = [];
  const textBoundOf = new Map<string, string>();
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
    textBoundOf.set(m.id, id);
    const spans = fragments.map((f) => `${f.start} ${f.end}`).join(';');
    lines.push(`${id}\t${BRAT_TYPES[m.kind]} ${spans}\t${fragments.map((f) => f.text).join(' ')}`);
    lines.push(`#${++note}\tAnnotatorNotes ${id}\t${field(m.entity ?? m.date ?? '')}`);
    const entity = context.entities.get(m.entity);
    if (entity?.wikidata) lines.push(`N${++n}\tReference ${id} Wikidata:${entity.wikidata}\t${field(entity.name)}`);
  }
  let r = 0;
  for (const fact of article.facts) {
    if (fact.type !== 'attendance') continue;
    const relation = attendanceRelation(fact, article, textBoundOf);
    if (!relation) continue;
    const id = `R${++r}`;
    lines.push(`${id}\tAttendance Arg1:${relation.person} Arg2:${relation.event}`);
    lines.push(`#${++note}\tAnnotatorNotes ${id}\t${fact.status} (${fact.id})`);
  }
  return { ann: lines.length > 0 ? `${lines.join('\n')}\n` : '', textBounds: t, skipped };
}

function attendanceRelation(fact: AttendanceFact, article: PreparedArticle, textBoundOf: Map<string, string>): { person: string; event: string } | undefined {
  let person: string | undefined;
  let event: string | undefined;
  // The evidence in text order, as the mentions are: not every mention for every fact.
  for (const m of anchoredEvidence(article, fact)) {
    if (person === undefined && m.entity === fact.person) person = textBoundOf.get(m.id);
    if (event === undefined && m.entity === fact.event) event = textBoundOf.get(m.id);
  }
  return person !== undefined && event !== undefined ? { person, event } : undefined;
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
      const { ann, textBounds, skipped } = bratAnnotations(article, context);
      await context.output.writeFile(`${base}.txt`, article.text);
      await context.output.writeFile(`${base}.ann`, ann);
      files += 2;
      return {
        mentions: textBounds,
        facts: article.facts.length,
        records: textBounds,
        skippedMentions: skipped.length,
        problems: skipped.map((m) => ({
          file: article.factFilePath,
          line: 1,
          column: 1,
          field: '',
          message: `mention ${m.id} holds only whitespace; brat cannot show it`,
          severity: 'warning' as const,
        })),
      };
    },
    async end() {
      await context.output.writeFile('annotation.conf', ANNOTATION_CONF);
      await context.output.writeFile('tools.conf', TOOLS_CONF);
      files += 2;
    },
  };
}

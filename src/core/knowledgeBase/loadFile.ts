// Reads a knowledge-base YAML file written by a person: every problem is reported with the file,
// line, column and field it concerns, and the valid entities of a partly invalid file are kept.
import { LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { Entity, KnowledgeBaseFile } from './schema';

export interface Problem {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** The dotted path of the field, such as `entities[3].roles[0].start`; empty for the whole file. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface LoadedKnowledgeBaseFile {
  entities: Entity[];
  remove: string[];
  problems: Problem[];
}

/** Formats a problem the way compilers do, so terminals and editors can link to it. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}

export function pathToField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/** The position of the node at `path`, or of its nearest ancestor that exists. */
export function positionOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
    const offset = node?.range?.[0] ?? (depth === 0 ? doc.contents?.range?.[0] : undefined);
    if (offset !== undefined) {
      const { line, col } = lines.linePos(offset);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

/** Parses and validates a workspace knowledge-base file. Never throws. */
export function loadKnowledgeBaseFile(text: string, file: string): LoadedKnowledgeBaseFile {
  const lines = new LineCounter();
  const problems: Problem[] = [];
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = lines.linePos(error.pos[0]);
      problems.push({ file, line, column: col, field: '', message: error.message.split('\n')[0], severity: 'error' });
    }
    return { entities: [], remove: [], problems };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    problems.push({ file, line: 1, column: 1, field: '', message: (error as Error).message, severity: 'error' });
    return { entities: [], remove: [], problems };
  }
  if (data === null || data === undefined) return { entities: [], remove: [], problems };

  const report = (path: readonly PropertyKey[], message: string) =>
    problems.push({ file, ...positionOf(doc, lines, path), field: pathToField(path), message, severity: 'error' });

  // The file's frame first (version, keys); then each entity on its own, so that one bad entry
  // does not cost the others.
  if (typeof data !== 'object' || Array.isArray(data)) {
    report([], 'expected a mapping with `version` and `entities`');
    return { entities: [], remove: [], problems };
  }
  const record = data as Record<string, unknown>;
  const { entities: rawEntities, ...rest } = record;
  const header = KnowledgeBaseFile.omit({ entities: true }).safeParse(rest);
  if (!header.success) for (const issue of header.error.issues) report(issue.path, issue.message);

  const entities: Entity[] = [];
  if (rawEntities !== undefined && !Array.isArray(rawEntities)) {
    report(['entities'], 'expected a list of entities');
  } else if (Array.isArray(rawEntities)) {
    const seen = new Map<string, number>();
    rawEntities.forEach((raw, index) => {
      const result = Entity.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) report(['entities', index, ...issue.path], issue.message);
        return;
      }
      const first = seen.get(result.data.id);
      if (first !== undefined) {
        report(['entities', index, 'id'], `duplicate id ${result.data.id}; the first, at entities[${first}], is used`);
        return;
      }
      seen.set(result.data.id, index);
      entities.push(result.data);
    });
  }
  const remove = header.success ? (header.data.remove ?? []) : [];
  return { entities, remove, problems };
}

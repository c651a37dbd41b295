// Reads a knowledge-base YAML file written by a person: every problem is reported with the file,
// line, column and field it concerns, and the valid entities of a partly invalid file are kept.
// The YAML reading shared with the sidecar store lives here too: it refuses, with a message and
// without crashing, what a hostile or broken file can do to a YAML parser (see `readYaml`).
import { Composer, isAlias, isMap, isScalar, LineCounter, Parser, visit, type CST, type Document, type Node } from 'yaml';
import type { z } from 'zod';
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

/** The path a field names: `mentions[3].end` → ['mentions', 3, 'end']; the inverse of `pathToField`. */
export function fieldToPath(field: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const part of field.match(/[^.[\]]+|\[\d+\]/g) ?? []) path.push(part.startsWith('[') ? Number(part.slice(1, -1)) : part);
  return path;
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

/** The position of the key `key` of the mapping at `path` (rather than of its value). */
function keyPositionOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[], key: string): { line: number; column: number } {
  const map = doc.getIn(path as unknown[], true) ?? (path.length === 0 ? doc.contents : undefined);
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    if (offset !== undefined) {
      const { line, col } = lines.linePos(offset);
      return { line, column: col };
    }
  }
  return positionOf(doc, lines, [...path, key]);
}

/**
 * How deeply collections may nest. A sidecar needs four levels and a knowledge base five; the
 * parser's recursion would overflow the stack somewhere under a thousand, and an overflow inside
 * V8's regular-expression compiler ends the whole process instead of throwing.
 */
export const MAX_YAML_DEPTH = 64;
/** How many nodes aliases may expand to (the `yaml` package's `maxAliasCount`). */
export const MAX_YAML_ALIAS_COUNT = 100;

export interface ReadYaml {
  /** The parsed document, when the text parsed without errors. */
  document?: Document;
  lines: LineCounter;
  /** The document as plain data, when it could be built. */
  data?: unknown;
  /** True when the file holds no document at all: blank, or comments only. */
  empty: boolean;
  problems: Problem[];
}

/** The deepest nesting of collections in the CST, and where it first goes past `limit`. */
function tooDeep(tokens: readonly CST.Token[], limit: number): { offset: number } | undefined {
  // An explicit stack: the check must not itself recurse on a hostile document.
  const stack: { token: CST.Token; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    const push = (child: CST.Token | null | undefined, d: number) => {
      if (child) stack.push({ token: child, depth: d });
    };
    switch (token.type) {
      case 'document':
        push(token.value, depth);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const inner = depth + 1;
        if (inner > limit) return { offset: token.offset };
        for (const item of token.items) {
          push(item.key, inner);
          push(item.value, inner);
        }
        break;
      }
      case 'block-scalar':
        for (const prop of token.props) push(prop, depth);
        break;
      default:
        break;
    }
  }
  return undefined;
}

function problemAt(file: string, lines: LineCounter, offset: number, message: string, field = ''): Problem {
  const { line, col } = lines.linePos(offset);
  return { file, line, column: col, field, message, severity: 'error' };
}

/**
 * Parses one YAML document of a file a person may have written, or an attacker. Never throws,
 * never hangs, never overflows the stack: syntax errors, several documents in one file, nesting
 * deeper than `MAX_YAML_DEPTH`, aliases that expand past `MAX_YAML_ALIAS_COUNT` nodes (an "alias
 * bomb") and unresolved aliases all come back as problems with their line. Keys such as
 * `__proto__` become own properties of plain objects, never prototypes.
 */
export function readYaml(text: string, file: string): ReadYaml {
  const lines = new LineCounter();
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
  const deep = tooDeep(tokens, MAX_YAML_DEPTH);
  if (deep) {
    const message = `nested more than ${MAX_YAML_DEPTH} levels deep; the file is not read (it needs no more than a few levels)`;
    return { lines, empty: false, problems: [problemAt(file, lines, deep.offset, message)] };
  }
  const composer = new Composer({ uniqueKeys: true, logLevel: 'error' });
  let document: Document | undefined;
  const problems: Problem[] = [];
  for (const composed of composer.compose(tokens, true, text.length)) {
    if (!document) document = composed;
    else {
      problems.push(problemAt(file, lines, composed.range[0], 'more than one YAML document (a `---` line); a file holds one'));
      break;
    }
  }
  if (!document) return { lines, empty: true, problems };
  for (const error of document.errors) {
    let message = error.message.split('\n')[0];
    if (error.code === 'DUPLICATE_KEY') {
      const key = /^("(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^:\n]*?)[ \t]*:/.exec(text.slice(error.pos[0], error.pos[0] + 200))?.[1];
      if (key) message = `duplicate key ${key.startsWith('"') || key.startsWith("'") ? key : JSON.stringify(key)}: map keys must be unique`;
    }
    problems.push(problemAt(file, lines, error.pos[0], message));
  }
  if (problems.length > 0) return { lines, empty: false, problems };
  if (document.contents === null) return { document, lines, empty: true, data: null, problems };
  try {
    return { document, lines, empty: false, data: document.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT }), problems };
  } catch (error) {
    // The aliases: either one names no anchor, or together they expand too far.
    let offset = 0;
    visit(document, {
      Alias(_, node) {
        if (isAlias(node) && node.range) offset = node.range[0];
        return visit.BREAK;
      },
    });
    const message = /excessive alias count/i.test((error as Error).message)
      ? `aliases (*name) expand to more than ${MAX_YAML_ALIAS_COUNT} nodes; the file is not read (an alias bomb?)`
      : (error as Error).message.split('\n')[0];
    return { document, lines, empty: false, problems: [problemAt(file, lines, offset, message)] };
  }
}

/**
 * Problems for zod's issues, each at the line of the field it concerns. Unknown keys are
 * reported one by one, at the key itself: `article.__proto__: unknown field "__proto__"`.
 */
export function issueProblems(issues: readonly z.core.$ZodIssue[], doc: Document, lines: LineCounter, file: string, prefix: readonly PropertyKey[] = []): Problem[] {
  const problems: Problem[] = [];
  const report = (path: readonly PropertyKey[], message: string) =>
    problems.push({ file, ...positionOf(doc, lines, path), field: pathToField(path), message, severity: 'error' });
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = [...path, key];
        problems.push({ file, ...keyPositionOf(doc, lines, path, key), field: pathToField(field), message: `unknown field "${key}"`, severity: 'error' });
      }
    } else if (issue.code === 'invalid_key') report(path, `"${String(issue.path[issue.path.length - 1])}" is not allowed as a key here: ${issue.issues[0]?.message ?? issue.message}`);
    else report(path, issue.message);
  }
  return problems;
}

/**
 * Problems for every `__proto__` key in `data`, at the key's line. YAML reading keeps such a key
 * an own property (never the prototype), and zod's strict objects report it as unknown, but its
 * records drop it without a word: so it is looked for here, everywhere. Problems for fields
 * already in `reported` are not repeated.
 */
export function prototypeKeyProblems(data: unknown, doc: Document, lines: LineCounter, file: string, prefix: readonly PropertyKey[] = [], reported: readonly Problem[] = []): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<unknown>();
  const already = new Set(reported.map((p) => p.field));
  // Iterative, and each object once: aliases can make the data circular.
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: [...path, i] }));
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') {
        const field = pathToField([...prefix, ...path, key]);
        if (!already.has(field)) problems.push({ file, ...keyPositionOf(doc, lines, [...prefix, ...path], key), field, message: 'unknown field "__proto__"', severity: 'error' });
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

const ALIAS_LISTS = new Set(['aliases', 'demonyms']);

/** An issue about one alias that is too short: `aliases.en[2]`. The entity can do without it. */
function isShortAlias(issue: z.core.$ZodIssue): boolean {
  const [list, language, index] = issue.path;
  return issue.code === 'too_small' && issue.path.length === 3 && ALIAS_LISTS.has(String(list)) && typeof language === 'string' && typeof index === 'number';
}

/** The entity without the aliases at `paths` (each `[list, language, index]`). */
function withoutAliases(raw: Record<string, unknown>, issues: readonly z.core.$ZodIssue[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...raw };
  for (const list of ALIAS_LISTS) {
    const drop = issues.filter((i) => i.path[0] === list);
    if (drop.length === 0 || typeof raw[list] !== 'object' || raw[list] === null) continue;
    const lists: Record<string, unknown> = {};
    for (const [language, aliases] of Object.entries(raw[list] as Record<string, unknown>)) {
      const bad = new Set(drop.filter((i) => i.path[1] === language).map((i) => i.path[2]));
      Object.defineProperty(lists, language, { value: Array.isArray(aliases) ? aliases.filter((_, i) => !bad.has(i)) : aliases, enumerable: true, writable: true, configurable: true });
    }
    copy[list] = lists;
  }
  return copy;
}

/** Parses and validates a workspace knowledge-base file. Never throws. */
export function loadKnowledgeBaseFile(text: string, file: string): LoadedKnowledgeBaseFile {
  const none = (problems: Problem[]): LoadedKnowledgeBaseFile => ({ entities: [], remove: [], problems });
  const { document: doc, lines, data, empty, problems } = readYaml(text, file);
  // An empty file is a knowledge base with no entities of its own.
  if (empty || !doc || problems.length > 0 || data === null || data === undefined) return none(problems);

  const report = (path: readonly PropertyKey[], message: string) =>
    problems.push({ file, ...positionOf(doc, lines, path), field: pathToField(path), message, severity: 'error' });

  // The file's frame first (version, keys); then each entity on its own, so that one bad entry
  // does not cost the others.
  if (typeof data !== 'object' || Array.isArray(data)) {
    report([], 'expected a mapping with `version` and `entities`');
    return none(problems);
  }
  const record = data as Record<string, unknown>;
  if (Object.hasOwn(record, 'version') && record.version !== 1) {
    report(['version'], `unsupported version ${JSON.stringify(record.version)}: this version of News Annotator reads knowledge-base files of version 1`);
    return none(problems);
  }
  const { entities: rawEntities, ...rest } = record;
  const header = KnowledgeBaseFile.omit({ entities: true }).safeParse(rest);
  const headerProblems = header.success ? [] : issueProblems(header.error.issues, doc, lines, file);
  problems.push(...headerProblems, ...prototypeKeyProblems(rest, doc, lines, file, [], headerProblems));

  const entities: Entity[] = [];
  if (rawEntities !== undefined && !Array.isArray(rawEntities)) {
    report(['entities'], 'expected a list of entities');
  } else if (Array.isArray(rawEntities)) {
    const seen = new Map<string, number>();
    rawEntities.forEach((raw, index) => {
      const at = ['entities', index];
      let result = Entity.safeParse(raw);
      const found = result.success ? [] : issueProblems(result.error.issues, doc, lines, file, at);
      // A __proto__ key makes the entity invalid, even where zod would have dropped it unseen.
      const hidden = prototypeKeyProblems(raw, doc, lines, file, at, found);
      if (hidden.length > 0) {
        problems.push(...found, ...hidden);
        return;
      }
      if (!result.success) {
        // An alias that is too short is left out; the rest of the entity still counts.
        const { issues } = result.error;
        if (issues.every(isShortAlias)) result = Entity.safeParse(withoutAliases(raw as Record<string, unknown>, issues));
        problems.push(...(result.success ? found.map((p) => ({ ...p, message: `${p.message}; it is left out, the rest of the entity is used` })) : found));
        if (!result.success) return;
      }
      const first = seen.get(result.data.id);
      if (first !== undefined) {
        const { line } = positionOf(doc, lines, ['entities', first]);
        report(['entities', index, 'id'], `duplicate id ${result.data.id}; the first, at entities[${first}] (line ${line}), is used`);
        return;
      }
      seen.set(result.data.id, index);
      entities.push(result.data);
    });
  }
  const remove = header.success ? (header.data.remove ?? []) : [];
  return { entities, remove, problems };
}

// Reads a knowledge-base YAML file written by a person: every problem is reported with the file,
// line, column and field it concerns, and the valid entities of a partly invalid file are kept.
// The YAML reading shared with the fact file store lives here too: it refuses, with a message and
// without crashing, what a hostile or broken file can do to a YAML parser (see `readYaml`).
import { Composer, isAlias, isMap, isScalar, LineCounter, parseDocument, Parser, visit, type CST, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { aliasRefusal } from './aliasRules';
import { type AddedAlias, readAliasSection } from './aliasSection';
import { type LineRange, type PlainYaml, readPlainYaml } from './plainYaml';
import type { Problem } from '../problems';
import { Entity, EntityId, KnowledgeBaseFile } from './schema';

export interface LoadedKnowledgeBaseFile {
  entities: Entity[];
  remove: string[];
  /** Names the file adds to entities defined elsewhere (its `aliases:` section). */
  aliases: AddedAlias[];
  problems: Problem[];
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

/** The offset of the node at `path`, or of its nearest ancestor that exists. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
    const offset = node?.range?.[0] ?? (depth === 0 ? doc.contents?.range?.[0] : undefined);
    if (offset !== undefined) return offset;
  }
  return undefined;
}

/** The offset of the key `key` of the mapping at `path` (rather than of its value), if it is there. */
function keyOffsetOf(doc: Document, path: readonly PropertyKey[], key: string): number | undefined {
  const map = doc.getIn(path as unknown[], true) ?? (path.length === 0 ? doc.contents : undefined);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

function linePosition(lines: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}

/** The position of the node at `path`, or of its nearest ancestor that exists. */
export function positionOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[]): { line: number; column: number } {
  const offset = offsetOf(doc, path);
  return offset === undefined ? { line: 1, column: 1 } : linePosition(lines, offset);
}

/** Where the nodes of a read file are, for its problems. */
interface Locator {
  /** The position of the node at `path`, or of its nearest ancestor that exists. */
  at(path: readonly PropertyKey[]): { line: number; column: number };
  /** The position of the key `key` of the mapping at `path`; of its value (or an ancestor) if it has none. */
  keyAt(path: readonly PropertyKey[], key: string): { line: number; column: number };
}

function documentLocator(doc: Document, lines: LineCounter): Locator {
  return {
    at: (path) => positionOf(doc, lines, path),
    keyAt: (path, key) => {
      const offset = keyOffsetOf(doc, path, key);
      return offset === undefined ? positionOf(doc, lines, [...path, key]) : linePosition(lines, offset);
    },
  };
}

/**
 * Positions in a file read by `readPlainYaml`, which keeps no nodes: the top-level entry or the
 * item of a top-level sequence that a path leads into is parsed again on its own with the `yaml`
 * package, the first time a problem is in it, and its offsets are moved to where it stands.
 */
function pieceLocator(text: string, plain: PlainYaml): Locator {
  let lines: LineCounter | undefined;
  const lineCounter = () => {
    if (!lines) {
      lines = new LineCounter();
      lines.addNewLine(0);
      for (let feed = text.indexOf('\n'); feed >= 0; feed = text.indexOf('\n', feed + 1)) lines.addNewLine(feed + 1);
    }
    return lines;
  };
  const parsed = new Map<number, Document>();
  /** The piece that `path` leads into, and the path within it. */
  const pieceOf = (path: readonly PropertyKey[]): { start: number; doc: Document; path: PropertyKey[] } | undefined => {
    const key = String(path[0]);
    const items = plain.items.get(key);
    const index = path[1];
    let range: LineRange | undefined;
    let inner: PropertyKey[];
    if (items && typeof index === 'number' && index < items.length) {
      range = items[index];
      inner = [0, ...path.slice(2)];
    } else {
      range = plain.entries.get(key);
      inner = [...path];
    }
    if (!range) return undefined;
    let doc = parsed.get(range.start);
    if (!doc) {
      doc = parseDocument(text.slice(range.start, range.end), { uniqueKeys: false, logLevel: 'silent' });
      parsed.set(range.start, doc);
    }
    return { start: range.start, doc, path: inner };
  };
  // The document's own node: its first key, which stands at the start of the first entry.
  const top = () => linePosition(lineCounter(), Math.min(...[...plain.entries.values()].map((r) => r.start)));
  const at = (path: readonly PropertyKey[]) => {
    const piece = path.length > 0 ? pieceOf(path) : undefined;
    const offset = piece && offsetOf(piece.doc, piece.path);
    return piece && offset !== undefined ? linePosition(lineCounter(), piece.start + offset) : top();
  };
  return {
    at,
    keyAt: (path, key) => {
      if (path.length === 0) {
        const entry = plain.entries.get(key);
        return entry ? linePosition(lineCounter(), entry.start) : top();
      }
      const piece = pieceOf(path);
      const offset = piece && keyOffsetOf(piece.doc, piece.path, key);
      return piece && offset !== undefined ? linePosition(lineCounter(), piece.start + offset) : at([...path, key]);
    },
  };
}

/**
 * How deeply collections may nest. A fact file needs four levels and a knowledge base five; the
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
  return locatedIssueProblems(issues, documentLocator(doc, lines), file, prefix);
}

function locatedIssueProblems(issues: readonly z.core.$ZodIssue[], locator: Locator, file: string, prefix: readonly PropertyKey[] = []): Problem[] {
  const problems: Problem[] = [];
  const report = (path: readonly PropertyKey[], message: string) => problems.push({ file, ...locator.at(path), field: pathToField(path), message, severity: 'error' });
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = [...path, key];
        problems.push({ file, ...locator.keyAt(path, key), field: pathToField(field), message: `unknown field "${key}"`, severity: 'error' });
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
  return locatedPrototypeKeyProblems(data, documentLocator(doc, lines), file, prefix, reported);
}

/** Whether any object in `data` has an own `__proto__` key. Iterative, and each object once: aliases can make the data circular. */
function hasPrototypeKey(data: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object') stack.push(item);
      continue;
    }
    if (Object.hasOwn(value, '__proto__')) return true;
    for (const item of Object.values(value)) if (typeof item === 'object') stack.push(item);
  }
  return false;
}

function locatedPrototypeKeyProblems(data: unknown, locator: Locator, file: string, prefix: readonly PropertyKey[] = [], reported: readonly Problem[] = []): Problem[] {
  // Most data has none: it is looked through once without building paths.
  if (!hasPrototypeKey(data)) return [];
  const problems: Problem[] = [];
  const seen = new Set<unknown>();
  const already = new Set(reported.map((p) => p.field));
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
        if (!already.has(field)) problems.push({ file, ...locator.keyAt([...prefix, ...path], key), field, message: 'unknown field "__proto__"', severity: 'error' });
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

const ALIAS_LISTS = ['aliases', 'demonyms'] as const;

/** An issue about one alias that is too short: `aliases.en[2]`. The entity can do without it. */
function isShortAlias(issue: z.core.$ZodIssue): boolean {
  const [list, language, index] = issue.path;
  return issue.code === 'too_small' && issue.path.length === 3 && (list === 'aliases' || list === 'demonyms') && typeof language === 'string' && typeof index === 'number';
}

/** An alias to leave out of an entity: `[list, language, index]`, the index in the list as written. */
type AliasPath = readonly PropertyKey[];

/** `lists` (an entity's aliases or demonyms) without the aliases at `drop`, for the list named `list`. */
function listsWithout(lists: unknown, list: string, drop: readonly AliasPath[]): unknown {
  const mine = drop.filter((p) => p[0] === list);
  if (mine.length === 0 || typeof lists !== 'object' || lists === null) return lists;
  const kept: Record<string, unknown> = {};
  for (const [language, aliases] of Object.entries(lists)) {
    const bad = new Set(mine.filter((p) => p[1] === language).map((p) => p[2]));
    Object.defineProperty(kept, language, { value: Array.isArray(aliases) ? aliases.filter((_, i) => !bad.has(i)) : aliases, enumerable: true, writable: true, configurable: true });
  }
  return kept;
}

/** The entity without the aliases at `drop`. */
function withoutAliases(raw: Record<string, unknown>, drop: readonly AliasPath[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...raw };
  for (const list of ALIAS_LISTS) if (Object.hasOwn(raw, list)) copy[list] = listsWithout(raw[list], list, drop);
  return copy;
}

/** A name of an entity that it is not recognized by (see aliasRules.ts), where it is written. */
interface RefusedName {
  /** Within the entity: `name`, or `[list, language, index]` with the index as written. */
  path: PropertyKey[];
  name: string;
  reason: string;
}

/**
 * The names of a valid entity that it is not to be recognized by: its name, aliases and demonyms
 * that are punctuation, one letter, or a common word. `raw` is the entity as written, from which
 * the aliases at `dropped` were already left out.
 */
function refusedNames(entity: Entity, raw: Record<string, unknown>, dropped: readonly AliasPath[]): RefusedName[] {
  const refused: RefusedName[] = [];
  const nameReason = aliasRefusal(entity.name, entity);
  if (nameReason) refused.push({ path: ['name'], name: entity.name, reason: nameReason });
  for (const list of ALIAS_LISTS) {
    const written = raw[list];
    if (typeof written !== 'object' || written === null) continue;
    for (const [language, aliases] of Object.entries(written)) {
      if (!Array.isArray(aliases)) continue;
      aliases.forEach((alias, index) => {
        if (typeof alias !== 'string' || dropped.some((p) => p[0] === list && p[1] === language && p[2] === index)) return;
        const reason = aliasRefusal(alias.trim(), entity);
        if (reason) refused.push({ path: [list, language, index], name: alias.trim(), reason });
      });
    }
  }
  return refused;
}

/** A list of bundled ids to drop: each id that is not one is reported and left out, the others count. */
function removeList(value: unknown, locator: Locator, file: string, problems: Problem[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    const result = KnowledgeBaseFile.shape.remove.safeParse(value);
    if (!result.success) problems.push(...locatedIssueProblems(result.error.issues, locator, file, ['remove']));
    return [];
  }
  const ids: string[] = [];
  value.forEach((item, index) => {
    const result = EntityId.safeParse(item);
    if (result.success) ids.push(result.data);
    else {
      const found = locatedIssueProblems(result.error.issues, locator, file, ['remove', index]);
      problems.push(...found.map((p) => ({ ...p, message: `${p.message}; it is left out, the other ids are removed` })));
    }
  });
  return ids;
}

export interface LoadOptions {
  /**
   * Whether a file in the plain subset of YAML is read by `readPlainYaml` (the default) rather
   * than by the `yaml` package; both give the same entities and problems (the tests compare them).
   */
  plainReader?: boolean;
}

/**
 * The file as data, with where its nodes are, and whether it may hold a `__proto__` key; or its
 * problems, when it could not be read.
 */
function readKnowledgeBaseYaml(text: string, file: string, options: LoadOptions): { data?: unknown; empty: boolean; problems: Problem[]; locator?: Locator; prototypeKeys: boolean } {
  const plain = options.plainReader === false ? undefined : readPlainYaml(text);
  if (plain) return { data: plain.data, empty: false, problems: [], locator: pieceLocator(text, plain), prototypeKeys: plain.hasPrototypeKey };
  const { document, lines, data, empty, problems } = readYaml(text, file);
  return { data, empty, problems, locator: document && documentLocator(document, lines), prototypeKeys: true };
}

/** Parses and validates a workspace knowledge-base file. Never throws. */
export function loadKnowledgeBaseFile(text: string, file: string, options: LoadOptions = {}): LoadedKnowledgeBaseFile {
  const none = (problems: Problem[]): LoadedKnowledgeBaseFile => ({ entities: [], remove: [], aliases: [], problems });
  const { data, empty, problems, locator, prototypeKeys } = readKnowledgeBaseYaml(text, file, options);
  // An empty file is a knowledge base with no entities of its own.
  if (empty || !locator || problems.length > 0 || data === null || data === undefined) return none(problems);

  const problemAtPath = (path: readonly PropertyKey[], message: string, severity: Problem['severity'] = 'error'): Problem => ({ file, ...locator.at(path), field: pathToField(path), message, severity });
  const report = (path: readonly PropertyKey[], message: string) => problems.push(problemAtPath(path, message));

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
  const { entities: rawEntities, remove: rawRemove, aliases: rawAliases, ...rest } = record;
  const header = KnowledgeBaseFile.omit({ entities: true, remove: true, aliases: true }).safeParse(rest);
  const headerProblems = header.success ? [] : locatedIssueProblems(header.error.issues, locator, file);
  problems.push(...headerProblems, ...locatedPrototypeKeyProblems(rest, locator, file, [], headerProblems));
  const remove = removeList(rawRemove, locator, file, problems);

  const entities: Entity[] = [];
  if (rawEntities !== undefined && !Array.isArray(rawEntities)) {
    report(['entities'], 'expected a list of entities');
  } else if (Array.isArray(rawEntities)) {
    const seen = new Map<string, number>();
    rawEntities.forEach((raw, index) => {
      const at = ['entities', index];
      let result = Entity.safeParse(raw);
      const found = result.success ? [] : locatedIssueProblems(result.error.issues, locator, file, at);
      // A __proto__ key makes the entity invalid, even where zod would have dropped it unseen.
      const hidden = prototypeKeys ? locatedPrototypeKeyProblems(raw, locator, file, at, found) : [];
      if (hidden.length > 0) {
        problems.push(...found, ...hidden);
        return;
      }
      let dropped: AliasPath[] = [];
      if (!result.success) {
        // An alias that is too short is left out; the rest of the entity still counts.
        const { issues } = result.error;
        if (issues.every(isShortAlias)) {
          dropped = issues.map((i) => i.path);
          result = Entity.safeParse(withoutAliases(raw as Record<string, unknown>, dropped));
        }
        problems.push(...(result.success ? found.map((p) => ({ ...p, message: `${p.message}; it is left out, the rest of the entity is used` })) : found));
        if (!result.success) return;
      }
      let entity = result.data;
      const first = seen.get(entity.id);
      if (first !== undefined) {
        const { line } = locator.at(['entities', first]);
        report(['entities', index, 'id'], `duplicate id ${entity.id}; the first, at entities[${first}] (line ${line}), is used`);
        return;
      }
      // Names that would be found everywhere: a warning each, and the entity goes without them.
      const refused = refusedNames(entity, raw as Record<string, unknown>, dropped);
      for (const { path, name, reason } of refused) {
        const what = path[0] === 'name' ? 'the name' : path[0] === 'demonyms' ? 'the demonym' : 'the alias';
        const consequence = path[0] === 'name' ? 'the entity is kept, but is not recognized by its name' : 'it is left out, the rest of the entity is used';
        problems.push(problemAtPath([...at, ...path], `${what} ${JSON.stringify(name)} of ${entity.id} (${entity.name}) ${reason}; ${consequence}`, 'warning'));
      }
      const refusedAliases = refused.filter((r) => r.path[0] !== 'name').map((r) => r.path);
      if (refusedAliases.length > 0) {
        const again = Entity.safeParse(withoutAliases(raw as Record<string, unknown>, [...dropped, ...refusedAliases]));
        if (again.success) entity = again.data;
      }
      seen.set(entity.id, index);
      entities.push(entity);
    });
  }
  const aliases = readAliasSection(rawAliases, file, locator, problems);
  return { entities, remove, aliases, problems };
}

// Reads a knowledge-base file written by a person: every problem is reported with the file,
// line, column and field it concerns, and the valid entities of a partly invalid file are kept.
import type { z } from 'zod';
import { aliasRefusal } from './aliasRules';
import { type AddedAlias, readAliasSection } from './aliasSection';
import type { Problem } from '../problems';
import { pathToField } from '../yaml/fields';
import { documentLocator, type Locator, pieceLocator } from '../yaml/locate';
import { readYamlPieces } from '../yaml/pieces';
import { readYaml } from '../yaml/read';
import { issueProblems, prototypeKeyProblems } from '../yaml/zodProblems';
import { plainEntity } from './plainEntity';
import { Entity, EntityId, KnowledgeBaseFile } from './schema';

export interface LoadedKnowledgeBaseFile {
  entities: Entity[];
  remove: string[];
  /** Names the file adds to entities defined elsewhere (its `aliases:` section). */
  aliases: AddedAlias[];
  problems: Problem[];
}

const ALIAS_LISTS = ['aliases', 'demonyms'] as const;

/** An issue about one alias that is empty: `aliases.en[2]`. The entity can do without it. */
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
    if (!result.success) problems.push(...issueProblems(result.error.issues, locator, file, ['remove']));
    return [];
  }
  const ids: string[] = [];
  value.forEach((item, index) => {
    const result = EntityId.safeParse(item);
    if (result.success) ids.push(result.data);
    else {
      const found = issueProblems(result.error.issues, locator, file, ['remove', index]);
      problems.push(...found.map((p) => ({ ...p, message: `${p.message}; it is left out, the other ids are removed` })));
    }
  });
  return ids;
}

export interface LoadOptions {
  /**
   * Whether the file is read by js-yaml, which is fast (the default), or by the `yaml` package
   * alone; both give the same entities and problems (the tests compare them).
   */
  fastReader?: boolean;
}

/** The file as data, with where its nodes are; or its problems, when it could not be read. */
function readKnowledgeBaseYaml(text: string, file: string, options: LoadOptions): { data?: unknown; empty: boolean; problems: Problem[]; locator?: Locator } {
  const read = options.fastReader === false ? undefined : readYamlPieces(text);
  if (read) return { data: read.data, empty: false, problems: [], locator: pieceLocator(text, read) };
  const { document, lines, data, empty, problems } = readYaml(text, file);
  return { data, empty, problems, locator: document && documentLocator(document, lines) };
}

/** Where the problems of the file being loaded go, with where its nodes are. */
interface Report {
  file: string;
  locator: Locator;
  problems: Problem[];
}

function problemAtPath(report: Report, path: readonly PropertyKey[], message: string, severity: Problem['severity'] = 'error'): Problem {
  return { file: report.file, ...report.locator.at(path), field: pathToField(path), message, severity };
}

/**
 * The entity written at `entities[index]`, validated, with the aliases it goes without because
 * they are empty; undefined when it is left out. Its problems go to the report.
 */
function validEntity(raw: unknown, index: number, report: Report): { entity: Entity; dropped: AliasPath[] } | undefined {
  // Most entries are plain and valid: read without zod, which reads the others and says what is wrong.
  const plain = plainEntity(raw);
  if (plain) return { entity: plain, dropped: [] };
  const { file, locator, problems } = report;
  const at = ['entities', index];
  let result = Entity.safeParse(raw);
  const found = result.success ? [] : issueProblems(result.error.issues, locator, file, at);
  // A __proto__ key makes the entity invalid, even where zod would have dropped it unseen.
  const hidden = prototypeKeyProblems(raw, locator, file, at, found);
  if (hidden.length > 0) {
    problems.push(...found, ...hidden);
    return undefined;
  }
  if (result.success) return { entity: result.data, dropped: [] };
  // An empty alias is left out; the rest of the entity still counts.
  const { issues } = result.error;
  const dropped = issues.every(isShortAlias) ? issues.map((i) => i.path) : [];
  if (dropped.length > 0) result = Entity.safeParse(withoutAliases(raw as Record<string, unknown>, dropped));
  problems.push(...(result.success ? found.map((p) => ({ ...p, message: `${p.message}; it is left out, the rest of the entity is used` })) : found));
  return result.success ? { entity: result.data, dropped } : undefined;
}

/** The entity without the names it would be found everywhere by, with a warning for each. */
function withoutRefusedNames(entity: Entity, raw: Record<string, unknown>, dropped: readonly AliasPath[], index: number, report: Report): Entity {
  const refused = refusedNames(entity, raw, dropped);
  for (const { path, name, reason } of refused) {
    const what = path[0] === 'name' ? 'the name' : path[0] === 'demonyms' ? 'the demonym' : 'the alias';
    const consequence = path[0] === 'name' ? 'the entity is kept, but is not recognized by its name' : 'it is left out, the rest of the entity is used';
    report.problems.push(problemAtPath(report, ['entities', index, ...path], `${what} ${JSON.stringify(name)} of ${entity.id} (${entity.name}) ${reason}; ${consequence}`, 'warning'));
  }
  const refusedAliases = refused.filter((r) => r.path[0] !== 'name').map((r) => r.path);
  if (refusedAliases.length === 0) return entity;
  const again = Entity.safeParse(withoutAliases(raw, [...dropped, ...refusedAliases]));
  return again.success ? again.data : entity;
}

/** The entities of the list, each on its own, so that one bad entry does not cost the others. */
function entityList(rawEntities: readonly unknown[], report: Report): Entity[] {
  const entities: Entity[] = [];
  const seen = new Map<string, number>();
  rawEntities.forEach((raw, index) => {
    const valid = validEntity(raw, index, report);
    if (!valid) return;
    const first = seen.get(valid.entity.id);
    if (first !== undefined) {
      const { line } = report.locator.at(['entities', first]);
      report.problems.push(problemAtPath(report, ['entities', index, 'id'], `duplicate id ${valid.entity.id}; the first, at entities[${first}] (line ${line}), is used`));
      return;
    }
    seen.set(valid.entity.id, index);
    entities.push(withoutRefusedNames(valid.entity, raw as Record<string, unknown>, valid.dropped, index, report));
  });
  return entities;
}

/** Parses and validates a workspace knowledge-base file. Never throws. */
export function loadKnowledgeBaseFile(text: string, file: string, options: LoadOptions = {}): LoadedKnowledgeBaseFile {
  const none = (problems: Problem[]): LoadedKnowledgeBaseFile => ({ entities: [], remove: [], aliases: [], problems });
  const { data, empty, problems, locator } = readKnowledgeBaseYaml(text, file, options);
  // An empty file is a knowledge base with no entities of its own.
  if (empty || !locator || problems.length > 0 || data === null || data === undefined) return none(problems);
  const report: Report = { file, locator, problems };

  // The file's frame first (version, keys); then the entities.
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push(problemAtPath(report, [], 'expected a mapping with `version` and `entities`'));
    return none(problems);
  }
  const record = data as Record<string, unknown>;
  if (Object.hasOwn(record, 'version') && record.version !== 1) {
    problems.push(problemAtPath(report, ['version'], `unsupported version ${JSON.stringify(record.version)}: this version of News Annotator reads knowledge-base files of version 1`));
    return none(problems);
  }
  const { entities: rawEntities, remove: rawRemove, aliases: rawAliases, ...rest } = record;
  const header = KnowledgeBaseFile.omit({ entities: true, remove: true, aliases: true }).safeParse(rest);
  const headerProblems = header.success ? [] : issueProblems(header.error.issues, locator, file);
  problems.push(...headerProblems, ...prototypeKeyProblems(rest, locator, file, [], headerProblems));
  const remove = removeList(rawRemove, locator, file, problems);
  if (rawEntities !== undefined && !Array.isArray(rawEntities)) problems.push(problemAtPath(report, ['entities'], 'expected a list of entities'));
  const entities = Array.isArray(rawEntities) ? entityList(rawEntities, report) : [];
  const aliases = readAliasSection(rawAliases, file, locator, problems);
  return { entities, remove, aliases, problems };
}

// The `aliases:` section of a workspace knowledge-base file: names the workspace adds to entities
// defined elsewhere (the bundled ones, or the file's own), by entity id and language, without
// copying the entity and freezing the copy:
//
//   aliases:
//     "person:alexander-lukashenko": { en: [Belarusian leader] }
//
// Read name by name: an id or language that is not one, or a name too short, costs only itself.
// Whether the entity exists, and whether a name may be recognized (aliasRules.ts), is known only
// once the file is applied to a knowledge base; `addAliases` says then what it left out.
import { aliasRefusal } from './aliasRules';
import { foldString } from '../text/fold';
import type { Problem } from '../problems';
import { pathToField } from '../yaml/fields';
import type { Locator } from '../yaml/locate';
import { AliasName, type Entity, EntityId, LanguageTag } from './schema';

/** One name of the section, with where it is written, for what is found about it later. */
export interface AddedAlias {
  entity: string;
  language: string;
  name: string;
  line: number;
  column: number;
  /** `aliases.person:x.en[0]`. */
  field: string;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The names of an `aliases:` section (`value`, as the file's data holds it); each part that is not
 * valid is reported into `problems` and left out, the rest is kept.
 */
export function readAliasSection(value: unknown, file: string, locate: Locator, problems: Problem[]): AddedAlias[] {
  const report = (path: readonly PropertyKey[], message: string, where = locate.at(path)) => problems.push({ file, ...where, field: pathToField(path), message, severity: 'error' });
  if (value === undefined || value === null) return [];
  if (!isMapping(value)) {
    report(['aliases'], 'expected a mapping from entity ids to names per language, such as "person:vladimir-putin": { en: [Putin] }');
    return [];
  }
  const added: AddedAlias[] = [];
  for (const [id, lists] of Object.entries(value)) {
    const at = ['aliases', id];
    if (!EntityId.safeParse(id).success) {
      report(at, `"${id}" is not an entity id such as person:vladimir-putin; its names are left out`, locate.keyAt(['aliases'], id));
      continue;
    }
    if (!isMapping(lists)) {
      report(at, 'expected names per language, such as { en: [Putin] }; they are left out');
      continue;
    }
    for (const [language, names] of Object.entries(lists)) {
      if (!LanguageTag.safeParse(language).success) {
        report([...at, language], `"${language}" is not a language tag such as en, it, ru or ru-Latn; its names are left out`, locate.keyAt(at, language));
        continue;
      }
      if (!Array.isArray(names)) {
        report([...at, language], 'expected a list of names; it is left out');
        continue;
      }
      names.forEach((name, index) => {
        const path = [...at, language, index];
        const parsed = AliasName.safeParse(name);
        if (!parsed.success) {
          report(path, `${typeof name === 'string' ? parsed.error.issues[0].message : 'expected a name'}; it is left out, the other names are used`);
          return;
        }
        added.push({ entity: id, language, name: parsed.data, ...locate.at(path), field: pathToField(path) });
      });
    }
  }
  return added;
}

/** A name of the section that `addAliases` left out, and why. */
export interface LeftOutAlias {
  alias: AddedAlias;
  reason: string;
}

/**
 * Adds the names to the entities in `entities` (replacing each entity changed by a copy). Left out,
 * and returned with the reason: names of entities that are not there, and names the recognizer
 * would not use (aliasRules.ts). Names an entity already has, folded as the recognizer reads them,
 * are left out without a word.
 */
export function addAliases(entities: Map<string, Entity>, added: readonly AddedAlias[]): LeftOutAlias[] {
  const leftOut: LeftOutAlias[] = [];
  for (const alias of added) {
    const entity = entities.get(alias.entity);
    if (!entity) {
      leftOut.push({ alias, reason: `there is no entity ${alias.entity} in the knowledge base; the name "${alias.name}" is left out` });
      continue;
    }
    const folded = foldString(alias.name);
    const known = [entity.name, ...Object.values(entity.aliases).flat()].some((name) => foldString(name) === folded);
    if (known) continue;
    const refusal = aliasRefusal(alias.name, entity, folded);
    if (refusal) {
      leftOut.push({ alias, reason: `the alias ${JSON.stringify(alias.name)} of ${entity.id} (${entity.name}) ${refusal}; it is left out` });
      continue;
    }
    const aliases = { ...entity.aliases, [alias.language]: [...(entity.aliases[alias.language] ?? []), alias.name] };
    entities.set(entity.id, { ...entity, aliases });
  }
  return leftOut;
}

/** The names left out, as warnings at their lines. */
export function leftOutProblems(leftOut: readonly LeftOutAlias[], file: string): Problem[] {
  return leftOut.map(({ alias, reason }) => ({ file, line: alias.line, column: alias.column, field: alias.field, message: reason, severity: 'warning' }));
}

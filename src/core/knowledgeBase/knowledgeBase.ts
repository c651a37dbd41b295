import { type AddedAlias, addAliases, type LeftOutAlias } from './aliasSection';
import type * as BundledData from './data/index';
import { type Entity, type EntityInput, type EntityType, Event, KnowledgeBaseFile, Organization, Person, Place } from './schema';

/** The entities the recognizer and the editor know, by id, in a stable order. */
export class KnowledgeBase {
  private readonly byId = new Map<string, Entity>();

  constructor(entities: Iterable<Entity>) {
    for (const entity of entities) this.byId.set(entity.id, entity);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  entities(): IterableIterator<Entity> {
    return this.byId.values();
  }

  ofType<T extends EntityType>(type: T): Extract<Entity, { type: T }>[] {
    return [...this.byId.values()].filter((e): e is Extract<Entity, { type: T }> => e.type === type);
  }

  /**
   * A new knowledge base with a workspace file applied: its entities add to these, an entity with
   * an id that is already here replaces it whole, ids under `remove` are dropped, and the names of
   * its `aliases` section are added to the entities they name. `leftOut` hears of the names left
   * out (see addAliases).
   */
  withOverrides(file: Pick<KnowledgeBaseFile, 'entities' | 'remove'> & { aliases?: readonly AddedAlias[] }, leftOut?: (names: LeftOutAlias[]) => void): KnowledgeBase {
    const merged = new Map(this.byId);
    for (const id of file.remove ?? []) merged.delete(id);
    for (const entity of file.entities) merged.set(entity.id, entity);
    const notAdded = addAliases(merged, file.aliases ?? []);
    leftOut?.(notAdded);
    return new KnowledgeBase(merged.values());
  }
}

/** The bundled knowledge base never changes: built once, shared by every caller. */
let bundled: KnowledgeBase | undefined;

/** Each type's fields in the order of its schema: the order of the keys of what `Entity.parse` gives. */
let fieldOrder: Record<EntityType, readonly string[]> | undefined;

/**
 * A bundled entry as `Entity.parse` gives it, without zod: the entries are written as zod gives
 * them (every default present, names trimmed), only their keys in another order. A unit test
 * checks every entry against zod, key for key and in order; zod's parse of all of them took a
 * sixth of a small `recognize` process.
 */
function asParsed(input: EntityInput): Entity {
  fieldOrder ??= { person: Object.keys(Person.shape), place: Object.keys(Place.shape), organization: Object.keys(Organization.shape), event: Object.keys(Event.shape) };
  const entity: Record<string, unknown> = {};
  for (const key of fieldOrder[input.type]) if (Object.hasOwn(input, key)) entity[key] = (input as Record<string, unknown>)[key];
  return entity as Entity;
}

/**
 * The knowledge base that ships with the extension, cached. Its data is read when first asked
 * for, not when this module loads: the bundle then only skims it at startup.
 */
export function bundledKnowledgeBase(): KnowledgeBase {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  bundled ??= new KnowledgeBase((require('./data/index') as typeof BundledData).bundledEntities.map(asParsed));
  return bundled;
}

/** Every name and alias of an entity, in all languages, without duplicates. */
export function allNames(entity: Entity): string[] {
  // A list rather than a set: an entity has a handful of names, and the recognizer asks for the
  // names of every entity of a large knowledge base and keeps them while it builds.
  const names = [entity.name];
  for (const list of Object.values(entity.aliases)) for (const alias of list) if (!names.includes(alias)) names.push(alias);
  // A copy of its own size: an array grown by `push` keeps room for more.
  return names.slice();
}

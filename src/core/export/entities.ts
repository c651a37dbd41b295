// The knowledge-base side of an export: names, Wikidata links and IRIs of the entities an article
// refers to, and their records for JSONL, with keys in one fixed order.
import type { KnowledgeBase } from '../knowledgeBase/knowledgeBase';
import { type Entity, Event, Organization, Person, Place } from '../knowledgeBase/schema';

export const WIKIDATA_ENTITY_IRI = 'http://www.wikidata.org/entity/';
export const URN_PREFIX = 'urn:news-annotator:';

/**
 * Percent-encodes a workspace path for use inside an IRI: each segment as a URI component, so
 * that spaces, `#`, `?`, `%` and non-ASCII letters are escaped and `/` still separates folders.
 */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A stable IRI for a knowledge-base entity that has no Wikidata id. */
export function entityUrn(id: string): string {
  return `${URN_PREFIX}entity:${encodeURIComponent(id).replace(/%3A/g, ':')}`;
}

const SCHEMAS = { person: Person, place: Place, organization: Organization, event: Event } as const;
/** Fields that describe an entity for people rather than for datasets. */
const LEFT_OUT = new Set(['aliases', 'description', 'demonyms']);
const HEAD = ['id', 'type', 'name', 'wikidata'];

/** The fields of each entity type in record order: id, type, name, wikidata, then the typed attributes as the schema lists them. */
const FIELDS: Record<Entity['type'], string[]> = Object.fromEntries(
  Object.entries(SCHEMAS).map(([type, schema]) => [type, [...HEAD, ...Object.keys(schema.shape).filter((key) => !HEAD.includes(key) && !LEFT_OUT.has(key))]]),
) as Record<Entity['type'], string[]>;

export type EntityRecord = Record<string, unknown> & { id: string; type: Entity['type']; name: string };

/** An entity as a JSON record: id, type, name, wikidata and its typed attributes (not its aliases). */
export function entityRecord(entity: Entity): EntityRecord {
  const record: Record<string, unknown> = {};
  const source = entity as unknown as Record<string, unknown>;
  for (const key of FIELDS[entity.type]) if (source[key] !== undefined) record[key] = source[key];
  return record as EntityRecord;
}

/** Looks entities up in the knowledge base, with fallbacks for ids it does not know. */
export class EntityResolver {
  constructor(private readonly knowledgeBase: KnowledgeBase) {}

  get(id: string | undefined): Entity | undefined {
    return id === undefined ? undefined : this.knowledgeBase.get(id);
  }

  /** The entity's canonical name, or its id when the knowledge base does not know it. */
  name(id: string): string {
    return this.knowledgeBase.get(id)?.name ?? id;
  }

  /** The Wikidata IRI where the knowledge base has one, else a `urn:news-annotator:entity:` IRI. */
  iri(id: string): string {
    const wikidata = this.knowledgeBase.get(id)?.wikidata;
    return wikidata ? `${WIKIDATA_ENTITY_IRI}${wikidata}` : entityUrn(id);
  }
}

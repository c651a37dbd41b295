// The entity of a knowledge-base file as `Entity.parse` gives it, for the entries that need none
// of zod's reporting: plain fields, every one valid. A large workspace file has a hundred thousand
// such entries, and zod's parse of each (its contexts, its copies, its records) cost a third of
// the load. Anything else, or any doubt, is left to zod, which says what is wrong and where; a
// test compares the two on generated entities, valid and not.
import { ENTITY_ID_PATTERN, ENTITY_TYPES, type Entity, Event, idPatternOf, LANGUAGE_TAG_PATTERN, Organization, PARTIAL_ISO_DATE_PATTERN, Person, Place, WIKIDATA_PATTERN } from './schema';

/** Reads one field: its value as zod gives it, or NO when the entity is left to zod. */
type FieldReader = (value: unknown) => unknown;
const NO = Symbol('left to zod');

const matching =
  (pattern: RegExp): FieldReader =>
  (value) =>
    typeof value === 'string' && pattern.test(value) ? value : NO;
const oneOf =
  (values: readonly string[]): FieldReader =>
  (value) =>
    typeof value === 'string' && values.includes(value) ? value : NO;
const anyString: FieldReader = (value) => (typeof value === 'string' ? value : NO);

/** `z.string().trim().min(n)`. */
function trimmed(value: unknown, min: number): string | typeof NO {
  if (typeof value !== 'string') return NO;
  const s = value.trim();
  return s.length >= min ? s : NO;
}

/** `z.record(LanguageTag, z.array(AliasName))`: a copy, the names trimmed. */
function aliases(value: unknown): Record<string, string[]> | typeof NO {
  if (!isPlainObject(value)) return NO;
  const out: Record<string, string[]> = {};
  for (const language of Object.keys(value)) {
    const list = value[language];
    if (!LANGUAGE_TAG_PATTERN.test(language) || !Array.isArray(list)) return NO;
    // A copy of the list's own size (an array grown by `push` keeps room for more: a large
    // knowledge base has half a million lists).
    const names = list.slice() as string[];
    for (let i = 0; i < names.length; i++) {
      const s = trimmed(names[i], 1);
      if (s === NO) return NO;
      names[i] = s;
    }
    out[language] = names;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  // Only enumerable string keys, none of them `__proto__` (loadFile.ts reports that key).
  return (prototype === Object.prototype || prototype === null) && Reflect.ownKeys(value).length === Object.keys(value).length && !Object.hasOwn(value, '__proto__');
}

const placeId = matching(idPatternOf('place'));
const organizationId = matching(idPatternOf('organization'));
const date = matching(PARTIAL_ISO_DATE_PATTERN);

// Per field, how it is read; with what it is when absent, for those zod gives a default.
const COMMON: Record<string, FieldReader> = {
  id: matching(ENTITY_ID_PATTERN),
  name: (value) => trimmed(value, 1),
  aliases,
  wikidata: matching(WIKIDATA_PATTERN),
  description: anyString,
};
const DEFAULTS: Record<string, () => unknown> = { aliases: () => ({}), roles: () => [] };
/** The fields an entity cannot go without. */
const REQUIRED = new Set(['id', 'name', 'type', 'kind']);
const READERS: Record<Entity['type'], Record<string, FieldReader>> = {
  person: {
    ...COMMON,
    type: oneOf(['person']),
    country: placeId,
    // Roles are objects with their own checks: an entity with any is left to zod.
    roles: (value) => (Array.isArray(value) && value.length === 0 ? [] : NO),
  },
  place: { ...COMMON, type: oneOf(['place']), kind: oneOf(Place.shape.kind.options), country: placeId, capital: placeId, demonyms: aliases },
  organization: {
    ...COMMON,
    type: oneOf(['organization']),
    kind: oneOf(Organization.shape.kind.options),
    parent: (value) => (organizationId(value) !== NO ? value : placeId(value)),
    // Members are objects with their own checks: left to zod.
    members: () => NO,
  },
  event: {
    ...COMMON,
    type: oneOf(['event']),
    kind: oneOf(Event.shape.kind.options),
    organization: organizationId,
    city: placeId,
    host: placeId,
    chair: matching(idPatternOf('person')),
    start: date,
    end: date,
    format: oneOf(Event.shape.format.unwrap().options),
  },
};
/** Each type's fields in the order of its schema, the order of the keys of what zod gives. */
const FIELDS: Record<Entity['type'], string[]> = {
  person: Object.keys(Person.shape),
  place: Object.keys(Place.shape),
  organization: Object.keys(Organization.shape),
  event: Object.keys(Event.shape),
};

/**
 * `Entity.parse(raw)` when `raw` is a plain entity that zod would take without a word: what
 * `safeParse` gives as its data, key for key and in the same order. Undefined for anything else,
 * which zod is to read.
 */
export function plainEntity(raw: unknown): Entity | undefined {
  if (!isPlainObject(raw)) return undefined;
  const type = raw.type;
  if (typeof type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(type)) return undefined;
  const readers = READERS[type as Entity['type']];
  for (const key of Object.keys(raw)) if (!Object.hasOwn(readers, key)) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of FIELDS[type as Entity['type']]) {
    if (!Object.hasOwn(raw, key)) {
      if (REQUIRED.has(key)) return undefined;
      if (Object.hasOwn(DEFAULTS, key)) out[key] = DEFAULTS[key]();
      continue;
    }
    const value = raw[key] === undefined ? NO : readers[key](raw[key]);
    if (value === NO) return undefined;
    out[key] = value;
  }
  // The schema's own rule beyond the fields: an id that says its type.
  if (!(out.id as string).startsWith(`${type}:`)) return undefined;
  return out as Entity;
}

// The knowledge-base schema, written once in zod: the bundled data, workspace files and the
// JSON Schema that later ships for hand editing all come from here.
import { z } from 'zod';

export const ENTITY_TYPES = ['person', 'organization', 'place', 'event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

// The patterns of the string fields, also read without zod (plainEntity.ts).
export const PARTIAL_ISO_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const ENTITY_ID_PATTERN = new RegExp(`^(person|organization|place|event):${slug}$`);
const ID_PATTERNS = Object.fromEntries(ENTITY_TYPES.map((type) => [type, new RegExp(`^${type}:${slug}$`)])) as Record<EntityType, RegExp>;
export const idPatternOf = (type: EntityType): RegExp => ID_PATTERNS[type];
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const WIKIDATA_PATTERN = /^Q[1-9]\d*$/;

/** A calendar date as precise as the source allows: `2022`, `2022-11` or `2022-11-23`. */
export const PartialIsoDate = z.string().regex(PARTIAL_ISO_DATE_PATTERN, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const EntityId = z.string().regex(ENTITY_ID_PATTERN, 'expected an id such as person:vladimir-putin');
const idOf = (type: EntityType) => z.string().regex(idPatternOf(type), `expected the id of a ${type}, such as ${type}:…`);
export const PersonId = idOf('person');
export const PlaceId = idOf('place');
export const OrganizationId = idOf('organization');
export const EventId = idOf('event');

/**
 * Aliases per language tag. The usual keys: `en`, `it`, `ru` (Cyrillic) and `ru-Latn` (the common
 * Latin transliterations of the Russian form: Zhaparov, Rakhmon). Other BCP 47 tags are allowed.
 */
export const LanguageTag = z.string().regex(LANGUAGE_TAG_PATTERN, 'expected a language tag such as en, it, ru or ru-Latn');
// One letter is a name the recognizer does not use (aliasRules.ts): a warning that names the entity, not an error.
export const AliasName = z.string().trim().min(1, 'an alias is empty');
export const Aliases = z.record(LanguageTag, z.array(AliasName));

const common = {
  id: EntityId,
  name: z.string().trim().min(1, 'the canonical name is empty'),
  aliases: Aliases.default({}),
  /** Only where it is certain. */
  wikidata: z.string().regex(WIKIDATA_PATTERN, 'expected a Wikidata id such as Q7747').optional(),
  description: z.string().optional(),
};

export const Role = z
  .object({
    /** In English, as a reader would write it: "President", "Minister of Foreign Affairs". */
    role: z.string().trim().min(1),
    country: PlaceId.optional(),
    organization: OrganizationId.optional(),
    start: PartialIsoDate.optional(),
    end: PartialIsoDate.optional(),
    /** Acting or interim, where the source says so. */
    acting: z.boolean().optional(),
  })
  .strict();
export type Role = z.infer<typeof Role>;

export const Person = z
  .object({
    ...common,
    type: z.literal('person'),
    /** Citizenship, where it matters for reporting (the country a leader speaks for). */
    country: PlaceId.optional(),
    roles: z.array(Role).default([]),
  })
  .strict();

export const PLACE_KINDS = ['state', 'city', 'region', 'site', 'body-of-water'] as const;
export const Place = z
  .object({
    ...common,
    type: z.literal('place'),
    kind: z.enum(PLACE_KINDS),
    /** The state a city, region or site lies in. */
    country: PlaceId.optional(),
    /** For states: the capital city. */
    capital: PlaceId.optional(),
    /** Adjectives and demonyms per language ("Armenian", "armeno"): read by the recognizer's
     * role and candidate rules, never highlighted on their own. */
    demonyms: Aliases.optional(),
  })
  .strict();

export const ORGANIZATION_KINDS = [
  'international-organization',
  'body',
  'government',
  'ministry',
  'news-agency',
  'armed-forces',
  'academic',
  'other',
] as const;
export const Organization = z
  .object({
    ...common,
    type: z.literal('organization'),
    kind: z.enum(ORGANIZATION_KINDS),
    /** The organization or state this one belongs to (a CSTO body, a country's ministry). */
    parent: z.union([OrganizationId, PlaceId]).optional(),
    /** Member states, for international organizations, with dates where known. */
    members: z
      .array(z.object({ state: PlaceId, start: PartialIsoDate.optional(), end: PartialIsoDate.optional() }).strict())
      .optional(),
  })
  .strict();

export const EVENT_KINDS = ['summit', 'exercise', 'meeting', 'exhibition', 'operation'] as const;
export const Event = z
  .object({
    ...common,
    type: z.literal('event'),
    kind: z.enum(EVENT_KINDS),
    organization: OrganizationId.optional(),
    city: PlaceId.optional(),
    /** The host state. */
    host: PlaceId.optional(),
    /** The person who chaired it. */
    chair: PersonId.optional(),
    start: PartialIsoDate.optional(),
    end: PartialIsoDate.optional(),
    format: z.enum(['in-person', 'video', 'hybrid']).optional(),
  })
  .strict();

export const Entity = z.discriminatedUnion('type', [Person, Place, Organization, Event]).superRefine((entity, ctx) => {
  if (!entity.id.startsWith(`${entity.type}:`)) {
    ctx.addIssue({ code: 'custom', path: ['id'], message: `the id of a ${entity.type} must start with "${entity.type}:"` });
  }
});

export type Entity = z.infer<typeof Entity>;
export type EntityInput = z.input<typeof Entity>;
export type Person = z.infer<typeof Person>;
export type Place = z.infer<typeof Place>;
export type Organization = z.infer<typeof Organization>;
export type Event = z.infer<typeof Event>;

/** A knowledge-base file: the bundled one and a workspace's own `.news-annotator/knowledge-base.yaml`. */
export const KnowledgeBaseFile = z
  .object({
    version: z.literal(1).default(1),
    entities: z.array(Entity).default([]),
    /** Ids of bundled entities a workspace wants to drop. */
    remove: z.array(EntityId).optional(),
    /**
     * Names added to entities defined elsewhere (bundled, or in `entities`), by id and language,
     * without copying the entity: `"person:alexander-lukashenko": { en: [Belarusian leader] }`.
     */
    aliases: z.record(EntityId, Aliases).optional(),
  })
  .strict();
export type KnowledgeBaseFile = z.infer<typeof KnowledgeBaseFile>;

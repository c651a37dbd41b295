// The fact file beside each article (`X.txt` → `X.facts.yaml`), written once in zod. The
// JSON Schema shipped for hand editing is generated from this (scripts/build.mjs).
import { z } from 'zod';
import { EntityId, EventId, OrganizationId, PartialIsoDate, PersonId, PlaceId } from '../knowledgeBase/schema';

export const FACT_FILE_SCHEMA = 'news-annotator/facts@1';
export { isFactFilePath, FACT_FILE_SUFFIX, factFilePathFor, factFilePathsFor } from './paths';

// The patterns of the string fields, also read without zod (layoutReader.ts).
export const ISO_DATE_OR_RANGE_PATTERN = /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})(\/(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2}))?$/;
export const MENTION_ID_PATTERN = /^m-[0-9a-z]{6,16}$/;
export const FACT_ID_PATTERN = /^f-[0-9a-z]{6,16}$/;
export const ARTICLE_FILE_PATTERN = /^(?!\.\.?$)[^/\\\u0000-\u001f\u007f]+$/;
export const ARTICLE_LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
export const TEXT_HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

/** A date as ISO 8601: a day, a month, a year, or an interval `start/end` of those. */
export const IsoDateOrRange = z
  .string()
  .regex(ISO_DATE_OR_RANGE_PATTERN, 'expected an ISO date such as 2022-11-23, or a range 2023-10-06/2023-10-13');

const offset = z.number().int().nonnegative();

/** Where a mention is: the W3C text-quote anchor (exact, prefix, suffix) plus UTF-16 offsets. */
export const Anchor = z.object({
  quote: z.string().min(1, 'the quote is empty'),
  prefix: z.string().default(''),
  suffix: z.string().default(''),
  start: offset,
  end: offset,
});

export const MentionId = z.string().regex(MENTION_ID_PATTERN, 'expected a mention id such as m-3f2a9c1e');
export const FactId = z.string().regex(FACT_ID_PATTERN, 'expected a fact id such as f-19ac02d4');

export const FactFileMention = z
  .object({
    id: MentionId,
    /** The entity the mention names; dates have `date` instead. */
    entity: EntityId.optional(),
    date: IsoDateOrRange.optional(),
    ...Anchor.shape,
    /** Set when the anchor could not be found again in the article's current text. */
    orphaned: z.boolean().optional(),
  })
  .strict()
  .superRefine((m, ctx) => {
    if ((m.entity === undefined) === (m.date === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['entity'], message: 'a mention names either an entity or a date' });
    }
    if (m.end <= m.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must be after start' });
    if (m.end - m.start !== m.quote.length) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end - start (${m.end - m.start}) differs from the quote's length (${m.quote.length})` });
    }
  });
export type FactFileMention = z.infer<typeof FactFileMention>;

export const ATTENDANCE_STATUSES = ['attended', 'expected', 'absent', 'uncertain'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

const evidence = z.array(MentionId).min(1, 'a fact cites at least one mention as evidence');

export const SummitFact = z
  .object({
    id: FactId,
    type: z.literal('summit'),
    /** The knowledge-base event, when there is one. */
    event: EventId.optional(),
    organization: OrganizationId,
    city: PlaceId,
    start: PartialIsoDate,
    end: PartialIsoDate.optional(),
    evidence,
  })
  .strict();

export const AttendanceFact = z
  .object({
    id: FactId,
    type: z.literal('attendance'),
    person: PersonId,
    /** The summit: a knowledge-base event id. */
    event: EventId,
    status: z.enum(ATTENDANCE_STATUSES),
    evidence,
  })
  .strict();

export const RoleFact = z
  .object({
    id: FactId,
    type: z.literal('role'),
    person: PersonId,
    role: z.string().min(1),
    country: PlaceId.optional(),
    organization: OrganizationId.optional(),
    evidence,
  })
  .strict();

export const Fact = z.discriminatedUnion('type', [SummitFact, AttendanceFact, RoleFact]);
export type Fact = z.infer<typeof Fact>;
export type SummitFact = z.infer<typeof SummitFact>;
export type AttendanceFact = z.infer<typeof AttendanceFact>;
export type RoleFact = z.infer<typeof RoleFact>;

/** A recognized span the annotator said is not an entity: it is no longer offered. */
export const Rejection = z
  .object({
    ...Anchor.shape,
    /** What the recognizer had taken it for. */
    entity: EntityId.optional(),
  })
  .strict();
export type Rejection = z.infer<typeof Rejection>;

export const ArticleMetadata = z
  .object({
    /**
     * The article's file name, beside the fact file: a name, never a path, so that a fact file can
     * never point a reader (or an export) at a file elsewhere, such as ../../.ssh/id_rsa.
     */
    file: z
      .string()
      .min(1)
      .regex(ARTICLE_FILE_PATTERN, "expected the article's file name beside the fact file, such as a.txt, without folders"),
    language: z.string().regex(ARTICLE_LANGUAGE_PATTERN, 'expected a language tag such as it or en').optional(),
    publisher: z.string().optional(),
    published: PartialIsoDate.optional(),
    /** SHA-256 of the article text the anchors were taken from, as `sha256:<hex>`. */
    textHash: z.string().regex(TEXT_HASH_PATTERN, 'expected sha256:<64 hex digits>'),
  })
  .strict();
export type ArticleMetadata = z.infer<typeof ArticleMetadata>;

export const FactFile = z
  .object({
    schema: z.literal(FACT_FILE_SCHEMA, { error: `expected schema: ${FACT_FILE_SCHEMA}` }),
    article: ArticleMetadata,
    mentions: z.array(FactFileMention).default([]),
    facts: z.array(Fact).default([]),
    rejections: z.array(Rejection).default([]),
  })
  .strict()
  .superRefine((factFile, ctx) => {
    const ids = new Map<string, number>();
    factFile.mentions.forEach((m, i) => {
      if (ids.has(m.id)) ctx.addIssue({ code: 'custom', path: ['mentions', i, 'id'], message: `duplicate mention id ${m.id} (first at mentions[${ids.get(m.id)}])` });
      else ids.set(m.id, i);
    });
    const factIds = new Set<string>();
    factFile.facts.forEach((f, i) => {
      if (factIds.has(f.id)) ctx.addIssue({ code: 'custom', path: ['facts', i, 'id'], message: `duplicate fact id ${f.id}` });
      factIds.add(f.id);
      f.evidence.forEach((m, j) => {
        if (!ids.has(m)) ctx.addIssue({ code: 'custom', path: ['facts', i, 'evidence', j], message: `no mention with id ${m}` });
      });
    });
  });
export type FactFile = z.infer<typeof FactFile>;

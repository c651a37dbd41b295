// CSV per RFC 4180: a header row, then one row per fact, articles in path order and the facts of an
// article summits first, then attendances by person and summit, then roles. Records end with CRLF,
// as the RFC says, and so does the last one; there is no byte-order mark. A field is quoted when it
// holds a comma, a double quote, a CR or an LF, with each double quote doubled; other fields are
// written as they are.
//
// One table for every kind of fact, `kind` saying which; a column that says nothing of a kind is
// empty in its rows. The first eleven columns are those of the attendance table this export wrote
// before, in the same order, with the same values in attendance rows:
//   summit (the event's name), summit_id, date (ISO; `start/end` for several days), city, person,
//   person_id, country, status, article (its path), quote (the sentences that hold the evidence
//   mentions, each once, joined with " | ": what a reader checks the fact against), mention_ids
//   (the evidence mention ids, space-separated);
// then kind (`summit`, `attendance`, `role`), fact_id, role (a role's title), organization,
// organization_id, city_id, country_id.
// An attendance's country is the person's country in the knowledge base, else the country of a role
// fact about them in the same article; its date, city and organization the summit's (the knowledge
// base's event, else the article's summit fact). A role's country and organization are its own.
// Evidence left out of the export (a mention whose text is not found) is in neither column.
import type { AttendanceFact, Fact, RoleFact, SummitFact } from '../factFile/schema';
import { sentenceAround } from '../text/sentences';
import type { ArticleResult, ExportContext, Exporter } from './exporter';
import type { PreparedArticle } from './prepare';

export const CSV_COLUMNS = [
  'summit',
  'summit_id',
  'date',
  'city',
  'person',
  'person_id',
  'country',
  'status',
  'article',
  'quote',
  'mention_ids',
  'kind',
  'fact_id',
  'role',
  'organization',
  'organization_id',
  'city_id',
  'country_id',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const CSV_LINE_END = '\r\n';

/** One field, quoted when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record, with its CRLF. */
export function csvRow(values: readonly string[]): string {
  return values.map(csvField).join(',') + CSV_LINE_END;
}

function isoRange(start: string | undefined, end: string | undefined): string {
  if (start === undefined) return '';
  return end !== undefined && end !== start ? `${start}/${end}` : start;
}

/** The sentences that hold a fact's evidence, each once, joined with " | ". */
function evidenceQuote(fact: Fact, article: PreparedArticle): string {
  const language = article.article.factFile.article.language;
  // The prepared fact cites only exported mentions, each once.
  const sentences = new Set(
    fact.evidence.flatMap((id) => {
      const mention = article.anchored.get(id);
      return mention ? [sentenceAround(article.text, mention.start, mention.end, language)] : [];
    }),
  );
  return [...sentences].join(' | ');
}

type Row = Record<CsvColumn, string>;

/** The columns every row has, the rest empty. */
function baseRow(fact: Fact, article: PreparedArticle): Row {
  const row = Object.fromEntries(CSV_COLUMNS.map((column) => [column, ''])) as Row;
  row.article = article.path;
  row.quote = evidenceQuote(fact, article);
  row.mention_ids = fact.evidence.join(' ');
  row.kind = fact.type;
  row.fact_id = fact.id;
  return row;
}

function nameOf(id: string | undefined, context: ExportContext): string {
  return id !== undefined ? context.entities.name(id) : '';
}

/** The values of one attendance fact's row. */
export function attendanceRow(fact: AttendanceFact, article: PreparedArticle, context: ExportContext): Row {
  const { entities } = context;
  const event = entities.get(fact.event);
  const summit = article.facts.find((f): f is SummitFact => f.type === 'summit' && f.event === fact.event);
  const eventInfo = event?.type === 'event' ? event : undefined;
  const date = eventInfo?.start !== undefined ? isoRange(eventInfo.start, eventInfo.end) : isoRange(summit?.start, summit?.end);
  const cityId = eventInfo?.city ?? summit?.city;
  const organizationId = eventInfo?.organization ?? summit?.organization;

  const person = entities.get(fact.person);
  const role = article.facts.find((f: Fact): f is RoleFact => f.type === 'role' && f.person === fact.person && f.country !== undefined);
  const countryId = (person?.type === 'person' ? person.country : undefined) ?? role?.country;

  return {
    ...baseRow(fact, article),
    summit: entities.name(fact.event),
    summit_id: fact.event,
    date,
    city: nameOf(cityId, context),
    person: entities.name(fact.person),
    person_id: fact.person,
    country: nameOf(countryId, context),
    status: fact.status,
    organization: nameOf(organizationId, context),
    organization_id: organizationId ?? '',
    city_id: cityId ?? '',
    country_id: countryId ?? '',
  };
}

/** The values of one summit fact's row: the meeting as the article states it. */
export function summitRow(fact: SummitFact, article: PreparedArticle, context: ExportContext): Row {
  return {
    ...baseRow(fact, article),
    summit: nameOf(fact.event, context),
    summit_id: fact.event ?? '',
    date: isoRange(fact.start, fact.end),
    city: nameOf(fact.city, context),
    organization: nameOf(fact.organization, context),
    organization_id: fact.organization,
    city_id: fact.city,
  };
}

/** The values of one role fact's row. */
export function roleRow(fact: RoleFact, article: PreparedArticle, context: ExportContext): Row {
  return {
    ...baseRow(fact, article),
    person: context.entities.name(fact.person),
    person_id: fact.person,
    country: nameOf(fact.country, context),
    role: fact.role,
    organization: nameOf(fact.organization, context),
    organization_id: fact.organization ?? '',
    country_id: fact.country ?? '',
  };
}

export function factRow(fact: Fact, article: PreparedArticle, context: ExportContext): Row {
  switch (fact.type) {
    case 'summit':
      return summitRow(fact, article, context);
    case 'attendance':
      return attendanceRow(fact, article, context);
    case 'role':
      return roleRow(fact, article, context);
  }
}

export function csvExporter(context: ExportContext): Exporter {
  return {
    filesWritten: 1,
    async begin() {
      await context.output.write(csvRow(CSV_COLUMNS));
    },
    async article(article): Promise<ArticleResult> {
      let records = 0;
      for (const fact of article.facts) {
        const row = factRow(fact, article, context);
        // A row at a time: the output gathers them into chunks of its own size.
        await context.output.write(csvRow(CSV_COLUMNS.map((column) => row[column])));
        records++;
      }
      return { mentions: article.mentions.length, facts: article.facts.length, records };
    },
    async end() {},
  };
}

// CSV per RFC 4180: a header row, then one row per attendance fact, articles in path order and the
// facts of an article by person and summit. Records end with CRLF, as the RFC says, and so does the
// last one; there is no byte-order mark. A field is quoted when it holds a comma, a double quote, a
// CR or an LF, with each double quote doubled; other fields are written as they are.
//
// Columns: summit (the event's name), summit_id, date (ISO; `start/end` for several days), city,
// person, person_id, country (the person's country in the knowledge base, else the country of a
// role fact about them in the same article), status, article (its path), quote (the sentences
// that hold the evidence mentions, each once, joined with " | ": what a reader checks the fact
// against), mention_ids (the evidence mention ids, space-separated). Evidence left out of the
// export (a mention whose text is not found) is in neither column.
import type { AttendanceFact, Fact, RoleFact, SummitFact } from '../factFile/schema';
import { sentenceAround } from '../text/sentences';
import type { ArticleResult, ExportContext, Exporter } from './exporter';
import type { PreparedArticle } from './prepare';

export const CSV_COLUMNS = ['summit', 'summit_id', 'date', 'city', 'person', 'person_id', 'country', 'status', 'article', 'quote', 'mention_ids'] as const;
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

/** The values of one attendance fact's row. */
export function attendanceRow(fact: AttendanceFact, article: PreparedArticle, context: ExportContext): Record<CsvColumn, string> {
  const { entities } = context;
  const event = entities.get(fact.event);
  const summit = article.facts.find((f): f is SummitFact => f.type === 'summit' && f.event === fact.event);
  const eventInfo = event?.type === 'event' ? event : undefined;
  const date = eventInfo?.start !== undefined ? isoRange(eventInfo.start, eventInfo.end) : isoRange(summit?.start, summit?.end);
  const cityId = eventInfo?.city ?? summit?.city;

  const person = entities.get(fact.person);
  const role = article.facts.find((f: Fact): f is RoleFact => f.type === 'role' && f.person === fact.person && f.country !== undefined);
  const countryId = (person?.type === 'person' ? person.country : undefined) ?? role?.country;

  // The prepared fact cites only exported mentions, each once.
  const evidence = fact.evidence;
  const language = article.article.factFile.article.language;
  const sentences = new Set(
    evidence.flatMap((id) => {
      const mention = article.anchored.get(id);
      return mention ? [sentenceAround(article.text, mention.start, mention.end, language)] : [];
    }),
  );

  return {
    summit: entities.name(fact.event),
    summit_id: fact.event,
    date,
    city: cityId !== undefined ? entities.name(cityId) : '',
    person: entities.name(fact.person),
    person_id: fact.person,
    country: countryId !== undefined ? entities.name(countryId) : '',
    status: fact.status,
    article: article.path,
    quote: [...sentences].join(' | '),
    mention_ids: evidence.join(' '),
  };
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
        if (fact.type !== 'attendance') continue;
        const row = attendanceRow(fact, article, context);
        // A row at a time: the output gathers them into chunks of its own size.
        await context.output.write(csvRow(CSV_COLUMNS.map((column) => row[column])));
        records++;
      }
      return { mentions: article.mentions.length, facts: article.facts.length, records };
    },
    async end() {},
  };
}

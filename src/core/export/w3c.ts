// W3C Web Annotation (JSON-LD): one AnnotationCollection whose first page holds every annotation,
// one per line, articles in path order. `total` comes after the page, once the count is known, so
// the file is written as the articles go by, an annotation at a time.
//
// Each anchored mention is an Annotation:
//   - entities: motivation `identifying`; bodies a SpecificResource whose source is the entity's
//     Wikidata IRI (http://www.wikidata.org/entity/Q…) or, without one, urn:news-annotator:entity:<id>,
//     a TextualBody with the entity's name, and a TextualBody classifying it (person, place, …);
//   - dates: motivation `tagging`; a TextualBody with the ISO 8601 value and one classifying it as a date;
//   - the target: a SpecificResource on urn:news-annotator:article:<path> with a TextQuoteSelector
//     (exact, prefix, suffix) and a TextPositionSelector (start, end) counting Unicode code points.
// Each fact with anchored evidence is an Annotation too: motivation `describing`, a TextualBody that
// states the fact in English, a TextualBody in `application/json` (purpose `describing`) with the
// fact as the fact file holds it but its evidence (`{"id", "type", "person", "event", "status"}`),
// for a program to read back, plus a `linking` SpecificResource per entity it names, and as
// targets its evidence mentions' spans.
//
// Ids: urn:news-annotator:annotation:<path>#<mention or fact id>, the path percent-encoded.
import type { Fact } from '../factFile/schema';
import { encodePath, type EntityResolver, URN_PREFIX } from './entities';
import type { ArticleResult, ExportContext, Exporter } from './exporter';
import { jsonLine } from './json';
import { factRecord } from './jsonl';
import { anchoredEvidence, factEntities, type PreparedArticle, type PreparedMention } from './prepare';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const DEFAULT_COLLECTION_ID = `${URN_PREFIX}collection`;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextTarget {
  type: 'SpecificResource';
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

export type AnnotationBody =
  | { type: 'SpecificResource'; source: string; purpose: 'identifying' | 'linking' }
  | { type: 'TextualBody'; value: string; format: 'text/plain' | 'application/json'; language?: string; purpose: 'describing' | 'tagging' | 'classifying' };

export interface Annotation {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'tagging' | 'describing';
  body: AnnotationBody[];
  target: TextTarget | TextTarget[];
}

export function articleIri(path: string): string {
  return `${URN_PREFIX}article:${encodePath(path)}`;
}

export function annotationIri(path: string, id: string): string {
  return `${URN_PREFIX}annotation:${encodePath(path)}#${encodeURIComponent(id)}`;
}

export function mentionTarget(article: PreparedArticle, m: PreparedMention): TextTarget {
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: m.quote };
  if (m.prefix !== '') quote.prefix = m.prefix;
  if (m.suffix !== '') quote.suffix = m.suffix;
  return {
    type: 'SpecificResource',
    source: articleIri(article.path),
    selector: [quote, { type: 'TextPositionSelector', start: m.codePointStart, end: m.codePointEnd }],
  };
}

function text(value: string, purpose: 'describing' | 'tagging' | 'classifying', language?: string): AnnotationBody {
  return { type: 'TextualBody', value, format: 'text/plain', ...(language ? { language } : {}), purpose };
}

export function mentionAnnotation(article: PreparedArticle, m: PreparedMention, entities: EntityResolver): Annotation {
  const id = annotationIri(article.path, m.id);
  const target = mentionTarget(article, m);
  if (m.entity === undefined) {
    return {
      '@context': ANNOTATION_CONTEXT,
      id,
      type: 'Annotation',
      motivation: 'tagging',
      body: [text(m.date ?? '', 'tagging'), text('date', 'classifying')],
      target,
    };
  }
  const entity = entities.get(m.entity);
  const body: AnnotationBody[] = [{ type: 'SpecificResource', source: entities.iri(m.entity), purpose: 'identifying' }];
  if (entity) body.push(text(entity.name, 'describing'));
  body.push(text(m.kind, 'classifying'));
  return { '@context': ANNOTATION_CONTEXT, id, type: 'Annotation', motivation: 'identifying', body, target };
}

const ATTENDANCE_VERBS = { attended: 'attended', expected: 'is expected at', absent: 'was absent from', uncertain: 'may attend' } as const;

/** The fact as an English sentence built from the knowledge base's names. */
export function describeFact(fact: Fact, entities: EntityResolver): string {
  switch (fact.type) {
    case 'summit': {
      const dates = fact.end !== undefined && fact.end !== fact.start ? `${fact.start}/${fact.end}` : fact.start;
      const what = fact.event !== undefined ? `${entities.name(fact.event)}: summit` : 'Summit';
      return `${what} of ${entities.name(fact.organization)} in ${entities.name(fact.city)}, ${dates}`;
    }
    case 'attendance':
      return `${entities.name(fact.person)} ${ATTENDANCE_VERBS[fact.status]} ${entities.name(fact.event)}`;
    case 'role': {
      const of = fact.country !== undefined ? ` of ${entities.name(fact.country)}` : '';
      const org = fact.organization !== undefined ? `, ${entities.name(fact.organization)}` : '';
      return `${entities.name(fact.person)}: ${fact.role}${of}${org}`;
    }
  }
}

export const FACT_FIELDS_FORMAT = 'application/json';

/** The fact as the fact file holds it, but its evidence (the annotation's targets), as JSON. */
export function factFieldsBody(fact: Fact): AnnotationBody {
  const { evidence: _evidence, ...fields } = factRecord(fact);
  return { type: 'TextualBody', value: jsonLine(fields), format: FACT_FIELDS_FORMAT, purpose: 'describing' };
}

/** The fact as an annotation on its anchored evidence; undefined when none of it is anchored. */
export function factAnnotation(article: PreparedArticle, fact: Fact, entities: EntityResolver): Annotation | undefined {
  const evidence = anchoredEvidence(article, fact);
  if (evidence.length === 0) return undefined;
  const linked = [...new Set(factEntities(fact))];
  const targets = evidence.map((m) => mentionTarget(article, m));
  return {
    '@context': ANNOTATION_CONTEXT,
    id: annotationIri(article.path, fact.id),
    type: 'Annotation',
    motivation: 'describing',
    body: [text(describeFact(fact, entities), 'describing', 'en'), factFieldsBody(fact), ...linked.map((id): AnnotationBody => ({ type: 'SpecificResource', source: entities.iri(id), purpose: 'linking' }))],
    target: targets.length === 1 ? targets[0] : targets,
  };
}

/**
 * Every annotation of one article: its mentions in text order, then its facts; made one at a time,
 * so that an article of a hundred thousand mentions is written without all of them in memory.
 */
export function* articleAnnotations(article: PreparedArticle, entities: EntityResolver): Generator<Annotation> {
  for (const m of article.mentions) yield mentionAnnotation(article, m, entities);
  for (const fact of article.facts) {
    const annotation = factAnnotation(article, fact, entities);
    if (annotation) yield annotation;
  }
}

export function w3cExporter(context: ExportContext): Exporter {
  const collectionId = context.collectionId;
  let total = 0;
  return {
    filesWritten: 1,
    async begin() {
      const head = [
        '{',
        `  "@context": ${JSON.stringify(ANNOTATION_CONTEXT)},`,
        `  "id": ${JSON.stringify(collectionId)},`,
        '  "type": "AnnotationCollection",',
        '  "label": "News Annotator annotations",',
        '  "first": {',
        `    "id": ${JSON.stringify(`${collectionId}/page/1`)},`,
        '    "type": "AnnotationPage",',
        `    "partOf": ${JSON.stringify(collectionId)},`,
        '    "startIndex": 0,',
        '    "items": [',
      ];
      await context.output.write(head.join('\n'));
    },
    async article(article): Promise<ArticleResult> {
      let records = 0;
      for (const annotation of articleAnnotations(article, context.entities)) {
        // The output gathers these lines into chunks of its own size.
        await context.output.write(`${total === 0 ? '' : ','}\n      ${jsonLine(annotation)}`);
        total++;
        records++;
      }
      return { mentions: article.mentions.length, facts: article.facts.length, records };
    },
    async end() {
      await context.output.write(['', '    ]', '  },', `  "last": ${JSON.stringify(`${collectionId}/page/1`)},`, `  "total": ${total}`, '}', ''].join('\n'));
    },
  };
}

// Label Studio tasks (JSON): an array with one task per article, a line each, articles in path order.
//
//   { "data": { "text", "path", "language"?, "publisher"?, "published"? },
//     "annotations": [{ "result": [{ "id", "from_name": "label", "to_name": "text", "type": "labels",
//                                    "value": { "start", "end", "text", "labels": [type] },
//                                    "meta": { "text": ["entity: person:…", "wikidata: Q…"] } }] }] }
//
// The mentions are written as annotations, not predictions: they are an annotator's decisions, so
// in Label Studio they arrive as submitted work that can be reviewed and corrected at once, and its
// JSON export gives them back as annotations, which the Label Studio reader reads. Labels are this
// project's types (person, organization, place, event, date); each region keeps its mention id as
// its id, and its entity id (or a date's ISO value) and Wikidata id in its meta text, so that a
// round trip through Label Studio keeps the links. Offsets count Unicode code points, as Label
// Studio's Text tag does. Facts are not written: Label Studio's relations join two regions, and
// most facts rest on one mention.
import { jsonLine } from './json';
import type { ArticleResult, ExportContext, Exporter } from './exporter';
import { type ArticleRecord, articleRecord, type PreparedArticle, type PreparedMention } from './prepare';

/** The labeling configuration a Label Studio project needs for these tasks. */
export const LABEL_STUDIO_CONFIG = `<View>
  <Labels name="label" toName="text">
    <Label value="person"/>
    <Label value="organization"/>
    <Label value="place"/>
    <Label value="event"/>
    <Label value="date"/>
  </Labels>
  <Text name="text" value="$text"/>
</View>
`;

export interface LabelStudioResult {
  id: string;
  from_name: 'label';
  to_name: 'text';
  type: 'labels';
  value: { start: number; end: number; text: string; labels: [string] };
  meta: { text: string[] };
}

export interface LabelStudioTask {
  data: { text: string; path: string } & ArticleRecord;
  annotations: [{ result: LabelStudioResult[] }];
}

function regionOf(m: PreparedMention, context: ExportContext): LabelStudioResult {
  const links = m.entity !== undefined ? [`entity: ${m.entity}`] : [`date: ${m.date}`];
  const wikidata = context.entities.get(m.entity)?.wikidata;
  if (wikidata) links.push(`wikidata: ${wikidata}`);
  return {
    id: m.id,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start: m.codePointStart, end: m.codePointEnd, text: m.quote, labels: [m.kind] },
    meta: { text: links },
  };
}

export function labelStudioTask(article: PreparedArticle, context: ExportContext): LabelStudioTask {
  return { data: { text: article.text, path: article.path, ...articleRecord(article) }, annotations: [{ result: article.mentions.map((m) => regionOf(m, context)) }] };
}

export function labelStudioExporter(context: ExportContext): Exporter {
  let written = 0;
  return {
    filesWritten: 1,
    async begin() {},
    async article(article: PreparedArticle): Promise<ArticleResult> {
      await context.output.write(`${written === 0 ? '[\n' : ',\n'}${jsonLine(labelStudioTask(article, context))}`);
      written++;
      return { mentions: article.mentions.length, facts: 0, records: 1 };
    },
    async end() {
      await context.output.write(written === 0 ? '[]\n' : '\n]\n');
    },
  };
}

// What a source's labels mean here: built-in readings of the usual NER labels, and the user's own
// mapping file (`--labels MAP.yaml`), written once:
//
//   PER: person          # label: person, organization, place, event or date
//   Partito: organization
//   MISC: ignore         # spans of this label are left out without being counted as unmapped
import { ENTITY_TYPES, type EntityType } from '../knowledgeBase/schema';
import type { Problem } from '../problems';
import { readYaml } from '../yaml/read';

/** What a span is imported as: an entity of a type, or a date. */
export type ImportType = EntityType | 'date';
export const IMPORT_TYPES: readonly ImportType[] = [...ENTITY_TYPES, 'date'];

/** A label's reading: a type, or `ignore`. */
export type LabelReading = ImportType | 'ignore';

/** The labels peer tools and NER models use most, folded to lower case. */
const BUILT_IN = new Map<string, ImportType>(Object.entries({
  per: 'person',
  pers: 'person',
  person: 'person',
  people: 'person',
  org: 'organization',
  organization: 'organization',
  organisation: 'organization',
  loc: 'place',
  location: 'place',
  gpe: 'place',
  place: 'place',
  city: 'place',
  country: 'place',
  date: 'date',
  time: 'date',
  event: 'event',
  evt: 'event',
  summit: 'event',
  organizzazione: 'organization',
  luogo: 'place',
  persona: 'person',
  data: 'date',
  evento: 'event',
}) as [string, ImportType][]);

/** Labels read as one of this project's types: the user's mapping first (exact, then in any case), then the built-in readings. */
export class LabelMap {
  private readonly exact: ReadonlyMap<string, LabelReading>;
  private readonly folded = new Map<string, LabelReading>();

  constructor(user: ReadonlyMap<string, LabelReading> = new Map()) {
    this.exact = user;
    for (const [label, reading] of user) if (!this.folded.has(label.toLowerCase())) this.folded.set(label.toLowerCase(), reading);
  }

  /** The reading of a label, or undefined when it has none. */
  read(label: string): LabelReading | undefined {
    const trimmed = label.trim();
    const lower = trimmed.toLowerCase();
    return this.exact.get(trimmed) ?? this.folded.get(lower) ?? BUILT_IN.get(lower);
  }
}

/** Reads a labels file: a mapping of labels to a type or `ignore`. Each problem names its line and label. */
export function parseLabelMap(text: string, file: string): { labels: Map<string, LabelReading>; problems: Problem[] } {
  const labels = new Map<string, LabelReading>();
  const { document, lines, data, empty, problems } = readYaml(text, file);
  if (empty || problems.length > 0 || !document) return { labels, problems };
  const at = (field: string, message: string, offset = 0): Problem => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col, field, message, severity: 'error' };
  };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { labels, problems: [at('', 'expected a mapping of labels to a type (person, organization, place, event, date) or ignore, such as "PER: person"')] };
  }
  const contents = document.contents as { items?: { key?: { range?: [number, number, number] }; value?: unknown }[] } | null;
  const offsets = new Map<string, number>();
  for (const item of contents?.items ?? []) {
    const key = (item.key as { value?: unknown } | undefined)?.value;
    if (typeof key === 'string' || typeof key === 'number') offsets.set(String(key), item.key?.range?.[0] ?? 0);
  }
  for (const [label, value] of Object.entries(data as Record<string, unknown>)) {
    const reading = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
    if (reading === 'ignore' || (IMPORT_TYPES as readonly string[]).includes(reading ?? '')) labels.set(label, reading as LabelReading);
    else problems.push(at(label, `expected one of ${[...IMPORT_TYPES, 'ignore'].join(', ')}, not ${JSON.stringify(value)}`, offsets.get(label)));
  }
  return { labels, problems };
}

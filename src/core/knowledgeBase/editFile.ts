// Adds an entity, or a name of an entity, to a workspace knowledge-base file through the `yaml`
// Document model, keeping the file's comments and order. An unreadable file is refused, never
// rewritten.
import { isMap, isScalar, isSeq, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { shortNameRefusal } from './aliasRules';
import { loadKnowledgeBaseFile } from './loadFile';
import { type Problem } from '../problems';
import { foldString } from '../text/fold';
import { transliterateCyrillic } from '../text/transliterate';
import { AliasName, Entity, EntityId, type EntityInput, LanguageTag } from './schema';
import { yamlText } from '../yaml/write';

export const NEW_KNOWLEDGE_BASE_TEXT =
  "# The workspace's own knowledge base for News Annotator: entities here add to the bundled ones,\n# and replace a bundled entity with the same id; `aliases:` adds names to entities defined elsewhere.\nversion: 1\nentities: []\n";

export type AddEntityResult = { ok: true; text: string; entity: Entity } | { ok: false; problems: Problem[] };

export function addEntityToKnowledgeBaseFile(text: string | undefined, file: string, input: EntityInput): AddEntityResult {
  const source = text ?? NEW_KNOWLEDGE_BASE_TEXT;
  const loaded = loadKnowledgeBaseFile(source, file);
  if (loaded.problems.some((p) => p.severity === 'error')) return { ok: false, problems: loaded.problems };
  const parsed = Entity.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ file, line: 1, column: 1, field: i.path.join('.'), message: i.message, severity: 'error' })) };
  }
  if (loaded.entities.some((e) => e.id === parsed.data.id)) {
    return { ok: false, problems: [{ file, line: 1, column: 1, field: 'id', message: `${parsed.data.id} is already in the file`, severity: 'error' }] };
  }
  const document = parseDocument(source);
  let list = document.get('entities', true);
  if (!isSeq(list)) {
    list = document.createNode([]);
    document.set('entities', list);
  }
  if (isSeq(list)) {
    list.flow = false;
    // The input as the person wrote it, without the defaults zod filled in.
    list.items.push(document.createNode(stripEmpty(input)));
  }
  return { ok: true, text: yamlText(document), entity: parsed.data };
}

export type AddAliasResult = { ok: true; text: string } | { ok: false; problems: Problem[] };

/**
 * Adds `name` as an alias in `language` of the entity `entityId`: to the entity itself when the
 * file defines it, else to the file's `aliases:` section (made when missing), which adds names to
 * an entity defined elsewhere without copying it. The section's keys are written in quotes, as
 * the plain reader of large files reads them.
 */
export function addAliasToKnowledgeBaseFile(text: string | undefined, file: string, entityId: string, language: string, name: string): AddAliasResult {
  const source = text ?? NEW_KNOWLEDGE_BASE_TEXT;
  const loaded = loadKnowledgeBaseFile(source, file);
  if (loaded.problems.some((p) => p.severity === 'error')) return { ok: false, problems: loaded.problems };
  const refused = [EntityId.safeParse(entityId), LanguageTag.safeParse(language), AliasName.safeParse(name)].flatMap((r) => (r.success ? [] : r.error.issues));
  if (refused.length > 0) return { ok: false, problems: refused.map((i) => ({ file, line: 1, column: 1, field: 'aliases', message: i.message, severity: 'error' })) };
  // A name the file would only be warned about, and the recognizer would not use, is not written.
  const short = shortNameRefusal(foldString(name));
  if (short) return { ok: false, problems: [{ file, line: 1, column: 1, field: 'aliases', message: `the alias ${JSON.stringify(name.trim())} ${short}`, severity: 'error' }] };
  const document = parseDocument(source);
  if (!isMap(document.contents)) return { ok: false, problems: [{ file, line: 1, column: 1, field: '', message: 'expected a mapping with `version` and `entities`', severity: 'error' }] };
  const entities = document.get('entities', true);
  const own = isSeq(entities) ? entities.items.find((item): item is YAMLMap => isMap(item) && item.get('id') === entityId) : undefined;
  // An entity of the file takes the name in its own aliases; any other, in the section.
  const lists = own ? mappingAt(own, 'aliases', own.flow === true) : entryOf(mappingAt(document.contents, 'aliases', false), entityId);
  const trimmed = name.trim();
  const names = sequenceAt(lists, language);
  if (!names.items.some((item) => isScalar(item) && item.value === trimmed)) names.items.push(new Scalar(trimmed));
  return { ok: true, text: yamlText(document) };
}

/** The mapping under `key` in `parent`, made (in flow style if `flow`) when there is none. */
function mappingAt(parent: YAMLMap, key: string, flow: boolean): YAMLMap {
  const found = parent.get(key, true);
  if (isMap(found)) return found;
  const made = new YAMLMap();
  made.flow = flow;
  parent.set(key, made);
  return made;
}

/** The one-line list under `key` in `parent`, made when there is none. */
function sequenceAt(parent: YAMLMap, key: string): YAMLSeq {
  const found = parent.get(key, true);
  if (isSeq(found)) return found;
  const made = new YAMLSeq();
  made.flow = true;
  parent.set(key, made);
  return made;
}

/** The names of an entity in the `aliases:` section, made as `"person:x": {}` when it has none yet. */
function entryOf(section: YAMLMap, entityId: string): YAMLMap {
  const found = section.items.find((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === entityId)?.value;
  if (isMap(found)) return found;
  const key = new Scalar(entityId);
  key.type = Scalar.QUOTE_DOUBLE;
  const names = new YAMLMap();
  names.flow = true;
  section.flow = false;
  section.items.push(new Pair(key, names));
  return names;
}

function stripEmpty(value: object): object {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)),
  );
}

/**
 * A readable id for a new entity: `person:mario-rossi`, made unique against `taken`. Cyrillic is
 * written in Latin letters (`Садыр Жапаров` → `person:sadyr-zhaparov`).
 */
export function slugId(type: Entity['type'], name: string, taken: (id: string) => boolean): string {
  const slug =
    transliterateCyrillic(name)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity';
  let id = `${type}:${slug}`;
  for (let n = 2; taken(id); n++) id = `${type}:${slug}-${n}`;
  return id;
}



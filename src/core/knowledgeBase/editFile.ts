// Adds an entity to a workspace knowledge-base file through the `yaml` Document model, keeping the
// file's comments and order. An unreadable file is refused, never rewritten.
import { isSeq, parseDocument } from 'yaml';
import { loadKnowledgeBaseFile } from './loadFile';
import { type Problem } from '../problems';
import { Entity, type EntityInput } from './schema';

export const NEW_KNOWLEDGE_BASE_TEXT = '# The workspace\'s own knowledge base for News Annotator: entities here add to the bundled ones,\n# and replace a bundled entity with the same id.\nversion: 1\nentities: []\n';

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
  return { ok: true, text: document.toString({ lineWidth: 0 }), entity: parsed.data };
}

function stripEmpty(value: object): object {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)),
  );
}

/** A readable id for a new entity: `person:mario-rossi`, made unique against `taken`. */
export function slugId(type: Entity['type'], name: string, taken: (id: string) => boolean): string {
  const slug =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'entity';
  let id = `${type}:${slug}`;
  for (let n = 2; taken(id); n++) id = `${type}:${slug}-${n}`;
  return id;
}



// JSON Schemas for hand editing, generated from the zod schemas so the two never disagree. The
// build writes them to schemas/, and the manifest hands them to YAML language support.
import { z } from 'zod';
import { KnowledgeBaseFile } from '../knowledgeBase/schema';
import { FactFile } from '../factFile/schema';

export function jsonSchemas(): Record<string, unknown> {
  const options = { io: 'input', unrepresentable: 'any' } as const;
  return {
    'facts.schema.json': { title: 'News Annotator fact file', ...z.toJSONSchema(FactFile, options) },
    'knowledge-base.schema.json': { title: 'News Annotator knowledge base', ...z.toJSONSchema(KnowledgeBaseFile, options) },
  };
}

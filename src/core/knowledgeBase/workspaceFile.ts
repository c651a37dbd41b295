// Where a workspace keeps its own knowledge base, and how it combines with the bundled one.
import { bundledKnowledgeBase, KnowledgeBase } from './knowledgeBase';
import { leftOutProblems } from './aliasSection';
import { loadKnowledgeBaseFile } from './loadFile';
import { type Problem } from '../problems';

/** Relative to the workspace folder; a setting can point elsewhere. */
export const DEFAULT_KNOWLEDGE_BASE_FILE = '.news-annotator/knowledge-base.yaml';

export interface ResolvedKnowledgeBase {
  knowledgeBase: KnowledgeBase;
  problems: Problem[];
}

/**
 * The bundled knowledge base with a workspace file's text applied. A file with errors costs only
 * its own invalid entries: the bundled entities and the file's valid ones keep working.
 */
export function withWorkspaceFile(text: string | undefined, file: string, base: KnowledgeBase = bundledKnowledgeBase()): ResolvedKnowledgeBase {
  if (text === undefined) return { knowledgeBase: base, problems: [] };
  const loaded = loadKnowledgeBaseFile(text, file);
  const problems = [...loaded.problems];
  const knowledgeBase = base.withOverrides(loaded, (leftOut) => problems.push(...leftOutProblems(leftOut, file)));
  return { knowledgeBase, problems };
}

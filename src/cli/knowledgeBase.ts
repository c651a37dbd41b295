// The knowledge base the command line uses: the bundled one plus a workspace file's entities. The
// same for `recognize` and `export`: a file that cannot be read, and entries with errors, are
// problems, and the rest is used; only a --kb that does not exist stops the command.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../core/problems';
import { DEFAULT_KNOWLEDGE_BASE_FILE } from '../core/knowledgeBase/workspaceFile';
import { RefusedFileError, type WorkspaceFiles } from '../core/workspace/files';
import { InvalidTextError } from '../core/text/articleText';
import { decodeText } from '../core/text/articleText';
import { type ResolvedKnowledgeBase, withWorkspaceFile } from '../core/knowledgeBase/workspaceFile';
import { KNOWLEDGE_BASE_LIMIT, readInputFile } from './inputFiles';
import { sayError, sayProblem } from './messages';

/** The nearest `.news-annotator/knowledge-base.yaml` in `folder` or above it. */
export function nearestKnowledgeBaseFile(folder: string): string | undefined {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    const candidate = join(dir, DEFAULT_KNOWLEDGE_BASE_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The file's text, a problem saying why it could not be read, or `missing`. */
export type KnowledgeBaseText = { text: string } | { problem: Problem } | { missing: true };

export function problemAt(file: string, message: string): Problem {
  return { file, line: 1, column: 1, field: '', message, severity: 'error' };
}

/** Reads a knowledge-base file named on the command line (a link is followed: the user named it). */
export function readKnowledgeBaseFile(file: string): KnowledgeBaseText {
  const read = readInputFile(file, KNOWLEDGE_BASE_LIMIT);
  if (!read.ok) return read.missing ? { missing: true } : { problem: problemAt(file, read.unreadable ? read.reason : `${read.reason}; it is not read`) };
  const decoded = decodeText(read.bytes, file);
  return decoded.ok ? { text: decoded.text } : { problem: decoded.problem };
}

/** The knowledge base with the file's text applied, and every problem on the way (printed by no one). */
export function knowledgeBaseFrom(file: string | undefined, read: KnowledgeBaseText | undefined): ResolvedKnowledgeBase {
  if (file === undefined || read === undefined || 'missing' in read) return withWorkspaceFile(undefined, '');
  if ('problem' in read) return { ...withWorkspaceFile(undefined, file), problems: [read.problem] };
  return withWorkspaceFile(read.text, file);
}

/** The workspace's own knowledge-base file, when there may be one, and how to read it. */
export interface WorkspaceKnowledgeBase {
  file: string;
  read(): KnowledgeBaseText | Promise<KnowledgeBaseText>;
}

/**
 * The knowledge base a command uses: the bundled one with the entities of `--kb` (a file that
 * must exist), else of the workspace's own file (which may not). Its problems are printed. Undefined,
 * with a message, when the --kb file does not exist: the command stops.
 */
export async function loadKnowledgeBase(
  kbFlag: string | undefined,
  workspace: WorkspaceKnowledgeBase | undefined,
): Promise<(ResolvedKnowledgeBase & { file?: string }) | undefined> {
  const file = kbFlag ?? workspace?.file;
  const read = kbFlag !== undefined ? readKnowledgeBaseFile(kbFlag) : await workspace?.read();
  if (kbFlag !== undefined && read && 'missing' in read) {
    sayError(`${kbFlag}: no such file`);
    return undefined;
  }
  const resolved = knowledgeBaseFrom(file, read);
  for (const p of resolved.problems) sayProblem(p);
  return { ...resolved, file };
}

/**
 * The workspace's own knowledge base, read through the workspace's files (so that a link out of
 * the workspace is not followed), as `readKnowledgeBaseFile` reads a --kb.
 */
export async function readWorkspaceKnowledgeBase(files: WorkspaceFiles, file: string): Promise<KnowledgeBaseText> {
  try {
    const text = await files.readText(DEFAULT_KNOWLEDGE_BASE_FILE);
    return text === undefined ? { missing: true } : { text };
  } catch (error) {
    if (error instanceof InvalidTextError) return { problem: { ...error.problem, file } };
    if (error instanceof RefusedFileError) return { problem: problemAt(file, `${error.reason}; it is not read`) };
    return { problem: problemAt(file, `cannot be read: ${(error as Error).message}`) };
  }
}

// The knowledge base the command line uses: the bundled one plus a workspace file's entities. The
// same for `recognize` and `export`: a file that cannot be read, and entries with errors, are
// problems, and the rest is used; only a --kb that does not exist stops the command.
import type { Problem } from '../core/problems';
import { decodeText } from '../core/text/articleText';
import { type ResolvedKnowledgeBase, withWorkspaceFile } from '../core/knowledgeBase/workspaceFile';
import { KNOWLEDGE_BASE_LIMIT, readInputFile } from './inputFiles';

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

/** The knowledge base with the file's text applied, and every problem on the way. */
export function knowledgeBaseFrom(file: string | undefined, read: KnowledgeBaseText | undefined): ResolvedKnowledgeBase {
  if (file === undefined || read === undefined || 'missing' in read) return withWorkspaceFile(undefined, '');
  if ('problem' in read) return { ...withWorkspaceFile(undefined, file), problems: [read.problem] };
  return withWorkspaceFile(read.text, file);
}
